package th.go.phuket.planning.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.go.phuket.planning.security.RouteCatalog.Route;

/**
 * The matrix for a reader: {@code target/isolation/isolation-matrix.md} (a summary, then one row per route and one
 * column per caller) and the same rows as {@code isolation-matrix.csv}.
 */
final class MatrixReport {

    /** One answer: its status and what the check made of it; {@code problems} empty when all is well. */
    record Cell(int status, String text, List<String> problems) {
    }

    /** One route with its classification line and a cell per caller ({@code null}: not called by that caller). */
    record Row(String family, Route route, RouteCases.Case line, Map<String, Cell> cells) {
    }

    static final Path DIRECTORY = Path.of("target", "isolation");

    private final List<String> callers;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> context = new LinkedHashMap<>();

    MatrixReport(List<String> callers) {
        this.callers = List.copyOf(callers);
    }

    void note(String name, String value) {
        context.put(name, value);
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return rows;
    }

    long calls() {
        return rows.stream().mapToLong(row -> row.cells().values().stream().filter(cell -> cell != null).count()).sum();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            row.cells().forEach((caller, cell) -> {
                if (cell != null) {
                    cell.problems().forEach(problem -> problems.add(row.route() + " as " + caller + ": " + problem));
                }
            });
        }
        return problems;
    }

    Path write() throws IOException {
        Files.createDirectories(DIRECTORY);
        StringBuilder md = new StringBuilder("# Isolation matrix: agency A against agency B's objects\n\n");
        context.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
        md.append("- routes: ").append(rows.size()).append(", callers: ").append(callers.size())
                .append(", calls: ").append(calls()).append(", problems: ").append(problems().size()).append("\n\n");
        md.append("A cell is the status A (or the anonymous caller) got; `✓` no data of B in the answer and nothing of B "
                + "changed; otherwise the problem. `–`: the caller does not reach this route.\n\n");
        md.append("| family | route | expected | ").append(String.join(" | ", callers)).append(" |\n|---|---|---|");
        md.append("---|".repeat(callers.size())).append('\n');
        StringBuilder csv = new StringBuilder("family,method,path,expected," + String.join(",", callers) + "\n");
        for (Row row : rows) {
            md.append("| ").append(row.family()).append(" | `").append(row.route()).append("` | ")
                    .append(row.line().expectation());
            csv.append(row.family()).append(',').append(row.route().method()).append(',').append(row.route().path())
                    .append(',').append(row.line().expectation());
            for (String caller : callers) {
                Cell cell = row.cells().get(caller);
                String text = cell == null ? "–" : cell.text();
                md.append(" | ").append(text.replace("|", "\\|"));
                csv.append(",\"").append(text.replace("\"", "\"\"")).append('"');
            }
            md.append(" |\n");
            csv.append('\n');
        }
        Path markdown = DIRECTORY.resolve("isolation-matrix.md");
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        Files.writeString(DIRECTORY.resolve("isolation-matrix.csv"), "\uFEFF" + csv, StandardCharsets.UTF_8);
        return markdown;
    }
}
