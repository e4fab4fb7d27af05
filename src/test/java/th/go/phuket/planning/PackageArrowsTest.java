package th.go.phuket.planning;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages use each other one way only. The arrows allowed are the ones the README's layout table
 * lists (the row of {@code cycle} ends in {@code agency, task, …}): every import of the product must follow one,
 * and the arrows together never close a circle. Imports are read from the sources because the compiler copies
 * constants such as {@code CycleProcess.KEY} into the classes that use them, where no bytecode tool sees the arrow;
 * ArchUnit checks the compiled classes on top.
 */
class PackageArrowsTest {

    private static final String BASE = "th.go.phuket.planning";
    private static final Path SOURCES = Path.of("src/main/java/th/go/phuket/planning");
    /** A row of the README's package table: {@code | `cycle` | what it holds | agency, task |} ("nothing": none). */
    private static final Pattern ARROW = Pattern.compile("^\\| `([a-z]+)` \\| [^|]+ \\| ([a-z, ]+) \\|$");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(BASE) + "\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void theCompiledFeaturePackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE));
    }

    @Test
    void theReadmeListsEveryPackageAndItsArrowsCloseNoCircle() throws IOException {
        Map<String, Set<String>> allowed = readmeArrows();
        assertThat(allowed.keySet()).as("packages in the README's arrows").isEqualTo(packages());
        allowed.values().forEach(targets -> assertThat(allowed.keySet()).containsAll(targets));
        for (String start : allowed.keySet()) {
            assertThat(reachable(start, allowed)).as("what %s reaches through the arrows", start).doesNotContain(start);
        }
    }

    @Test
    void everyImportBetweenPackagesFollowsAnArrowOfTheReadme() throws IOException {
        Map<String, Set<String>> allowed = readmeArrows();
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // PlanningApplication, the root, starts everything
                }
                String from = relative.getName(0).toString();
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    String to = imported.group(1);
                    if (!to.equals(from) && !allowed.getOrDefault(from, Set.of()).contains(to)) {
                        strays.add(relative + " uses " + to);
                    }
                }
            }
        }
        assertThat(strays).as("imports without an arrow in the README").isEmpty();
    }

    static Map<String, Set<String>> readmeArrows() throws IOException {
        Map<String, Set<String>> arrows = new LinkedHashMap<>();
        boolean layout = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                layout = line.equals("## Layout");
            }
            Matcher arrow = ARROW.matcher(line);
            if (layout && arrow.matches()) {
                Set<String> targets = arrow.group(2).strip().equals("nothing") ? Set.of()
                        : Arrays.stream(arrow.group(2).split(",")).map(String::strip).collect(Collectors.toSet());
                arrows.put(arrow.group(1), targets);
            }
        }
        return arrows;
    }

    private static Set<String> packages() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> reachable(String start, Map<String, Set<String>> arrows) {
        Set<String> seen = new TreeSet<>();
        List<String> next = new ArrayList<>(arrows.get(start));
        while (!next.isEmpty()) {
            String node = next.remove(next.size() - 1);
            if (seen.add(node)) {
                next.addAll(arrows.getOrDefault(node, Set.of()));
            }
        }
        return seen;
    }
}
