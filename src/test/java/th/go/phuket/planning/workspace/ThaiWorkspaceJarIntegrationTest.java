package th.go.phuket.planning.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar that ships (target/planning-cycle-*.jar, built before the integration tests run) carries the Thai
 * workspace: each app's Thai file, complete against the English file of the Camunda webjar packed in the same jar,
 * its config.js and user styles, and the shared scripts. Spring Boot's repackaging keeps {@code META-INF/} of the
 * app's classes at the jar's root (not under BOOT-INF/classes/); the launcher serves them from there before the
 * webjar in BOOT-INF/lib (docs/thai-workspace.md, "Packaging").
 */
class ThaiWorkspaceJarIntegrationTest {

    private static final List<String> SHARED = List.of("workspace.js", "translations.js", "dates.js", "moment.js",
            "form-messages.js", "workspace.css");

    private static Path jar;

    @BeforeAll
    static void findTheJar() throws IOException {
        // Maven runs the tests in the project folder
        Path target = Path.of(System.getProperty("user.dir")).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(file -> file.getFileName().toString().matches("planning-cycle-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "no target/planning-cycle-*.jar: the integration tests run after `package`"));
        }
    }

    @Test
    void theJarShipsACompleteThaiFileForEveryAppWithItsConfigAndStyles() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry webjar = zip.stream().filter(entry -> entry.getName()
                    .matches("BOOT-INF/lib/camunda-webapp-webjar-[0-9.]+\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Camunda webjar in " + jar));
            for (String app : ThaiTranslations.APPS) {
                JsonNode english = fromWebjar(zip, webjar, ThaiTranslations.localeFile(app, "en"));
                JsonNode thai = ThaiTranslations.read(zip.getInputStream(
                        entry(zip, ThaiTranslations.localeFile(app, "th"))));
                assertThat(ThaiTranslations.problems(english, thai)).as("%s in %s", app, jar).isEmpty();
                String config = new String(zip.getInputStream(entry(zip,
                        ThaiTranslations.WEBAPP_FOLDER + app + "/scripts/config.js")).readAllBytes());
                assertThat(config).contains("fallbackLocale: 'th'", "../thai-workspace/workspace");
                entry(zip, ThaiTranslations.WEBAPP_FOLDER + app + "/styles/user-styles.css");
            }
            for (String file : SHARED) {
                entry(zip, ThaiTranslations.WEBAPP_FOLDER + "thai-workspace/" + file);
            }
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as("%s in %s", name, jar).isNotNull();
        return entry;
    }

    private static JsonNode fromWebjar(ZipFile zip, ZipEntry webjar, String name) throws IOException {
        try (InputStream in = zip.getInputStream(webjar); ZipInputStream nested = new ZipInputStream(in)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return ThaiTranslations.read(new java.io.ByteArrayInputStream(nested.readAllBytes()));
                }
            }
        }
        throw new AssertionError(name + " is not in " + webjar.getName());
    }
}
