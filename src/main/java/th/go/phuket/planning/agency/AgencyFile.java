package th.go.phuket.planning.agency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.phuket.planning.support.CsvReader;
import th.go.phuket.planning.support.CsvWriter;
import th.go.phuket.planning.support.Messages;

/**
 * The directory as a file to edit in a spreadsheet and take back: CSV (UTF-8) or Excel, one agency a row, columns
 * {@code id, name_th, name_en, category, email, active} and for each of up to {@value AgencyRules#MAX_CONTACTS}
 * contact people {@code contactN_name, contactN_position, contactN_email, contactN_phone}. The shipped
 * {@code agencies.csv} reads too ({@code parent_group} is ignored). A file without contact columns leaves the
 * contacts as they are; with them, a row's contacts become the row's.
 */
public final class AgencyFile {

    /**
     * One agency of a file and where it was, to name it in a problem; {@code readErrors} are what was wrong before
     * the rules could look (a cell that is not a yes/no), by field.
     */
    public record Row(String fileName, int line, AgencyInput input, Map<String, String> readErrors) {

        /** {@code field} of {@link AgencyRules} as the file's column ({@code contacts[2].email} is contact2_email). */
        public String problem(String field, String message) {
            return Messages.get("agency.import.problem", fileName, String.valueOf(line), column(field), message);
        }
    }

    static final List<String> REQUIRED = List.of("id", "name_th", "name_en", "category", "email");
    private static final String[] CONTACT_PARTS = {"name", "position", "email", "phone"};

    private AgencyFile() {
    }

    /** The columns {@link #csv} and {@link #xlsx} write, in order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(REQUIRED);
        columns.add("active");
        for (int n = 1; n <= AgencyRules.MAX_CONTACTS; n++) {
            for (String part : CONTACT_PARTS) {
                columns.add("contact" + n + "_" + part);
            }
        }
        return columns;
    }

    /**
     * Reads a CSV or Excel file (told apart by its first bytes: an .xlsx is a zip); a file it cannot read, or
     * without a required column, is refused naming why.
     */
    public static List<Row> read(byte[] content, String fileName) {
        List<List<String>> table = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (AgencyWorkbook.isXlsx(content)) {
            AgencyWorkbook.read(content, fileName, table, lines);
        } else {
            readCsv(content, fileName, table, lines);
        }
        if (table.isEmpty()) {
            throw new AgencyInputException(List.of(Messages.get("agency.import.empty", fileName)));
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = table.get(0);
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new AgencyInputException(List.of(Messages.get("agency.import.missingColumns", fileName,
                    String.join(", ", missing), String.join(", ", REQUIRED))));
        }
        boolean hasContacts = header.keySet().stream().anyMatch(column -> column.startsWith("contact"));
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> readErrors = new HashMap<>();
            rows.add(new Row(fileName, lines.get(r), input(cells, header, hasContacts, readErrors), readErrors));
        }
        return rows;
    }

    private static AgencyInput input(List<String> cells, Map<String, Integer> header, boolean hasContacts,
                                     Map<String, String> readErrors) {
        List<AgencyContact> contacts = null;
        if (hasContacts) {
            contacts = new ArrayList<>();
            for (int n = 1; n <= AgencyRules.MAX_CONTACTS; n++) {
                String prefix = "contact" + n + "_";
                String name = cell(cells, header, prefix + "name");
                String position = cell(cells, header, prefix + "position");
                String email = cell(cells, header, prefix + "email");
                String phone = cell(cells, header, prefix + "phone");
                if (!(name + position + email + phone).isBlank()) {
                    contacts.add(new AgencyContact(null, name, position, email, phone));
                }
            }
        }
        String active = cell(cells, header, "active").strip().toLowerCase(Locale.ROOT);
        return new AgencyInput(cell(cells, header, "id").strip(), cell(cells, header, "name_th"),
                cell(cells, header, "name_en"), cell(cells, header, "category").strip(),
                cell(cells, header, "email").strip(), parseActive(active, readErrors), contacts);
    }

    /** {@code true}/{@code false} as the export writes them; empty keeps the agency as it is (active when new). */
    private static Boolean parseActive(String text, Map<String, String> readErrors) {
        return switch (text) {
            case "" -> null;
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                readErrors.put("active", Messages.get("agency.field.active", text));
                yield null;
            }
        };
    }

    private static String cell(List<String> cells, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    static String column(String field) {
        return switch (field) {
            case "nameTh" -> "name_th";
            case "nameEn" -> "name_en";
            case "contacts" -> "contact" + AgencyRules.MAX_CONTACTS + "_…";
            default -> field.startsWith("contacts[")
                    ? "contact" + field.substring(9, field.indexOf(']')) + "_" + field.substring(field.indexOf('.') + 1)
                    : field;
        };
    }

    private static void readCsv(byte[] content, String fileName, List<List<String>> table, List<Integer> lines) {
        try (var reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (CsvReader.Row row : CsvReader.read(reader)) {
                table.add(row.fields());
                lines.add(row.line());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new AgencyInputException(List.of(Messages.get("agency.import.unreadable", fileName, e.getMessage())));
        }
    }

    /** The row of an agency as {@link #read} takes it back. */
    static List<String> cells(Agency agency) {
        List<String> cells = new ArrayList<>(List.of(agency.id(), agency.nameTh(), agency.nameEn(),
                agency.category().code(), agency.email(), String.valueOf(agency.active())));
        for (int n = 0; n < AgencyRules.MAX_CONTACTS; n++) {
            AgencyContact c = n < agency.contacts().size() ? agency.contacts().get(n) : null;
            cells.addAll(c == null ? List.of("", "", "", "") : List.of(c.name(), c.position(), c.email(), c.phone()));
        }
        return cells;
    }

    /** The agencies as CSV (UTF-8 with a byte-order mark, formula-safe). */
    public static byte[] csv(List<Agency> agencies) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter csv = new CsvWriter(bytes);
            csv.row(columns());
            for (Agency agency : agencies) {
                csv.row(cells(agency));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The agencies as an Excel workbook. */
    public static byte[] xlsx(List<Agency> agencies) {
        return AgencyWorkbook.write(columns(), agencies.stream().map(AgencyFile::cells).toList());
    }
}
