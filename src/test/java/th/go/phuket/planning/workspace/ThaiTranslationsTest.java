package th.go.phuket.planning.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every label of Camunda 7.24's English files is in Thai. The English file is read from the Camunda webjar on
 * the classpath (the one the app runs with), the Thai file from the built classes (what the jar ships), so an
 * upgrade of Camunda that adds labels, or a file left out of the build, fails here.
 */
class ThaiTranslationsTest {

    static final List<String> APPS = ThaiTranslations.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void everyEnglishKeyIsInThaiNotEmptyWithTheSamePlaceholdersAndTags(String app) {
        JsonNode english = ThaiTranslations.read(webjarCopy(ThaiTranslations.localeFile(app, "en")));
        List<URL> thaiCopies = ThaiTranslations.copies(ThaiTranslations.localeFile(app, "th"));
        assertThat(thaiCopies).as("Thai file of %s on the classpath", app).hasSize(1);
        assertThat(thaiCopies.get(0).toString()).doesNotContain("camunda-webapp-webjar");

        JsonNode thai = ThaiTranslations.read(thaiCopies.get(0));

        assertThat(ThaiTranslations.problems(english, thai)).as("%s: Thai against Camunda's English", app).isEmpty();
        assertThat(ThaiTranslations.leaves(english)).hasSizeGreaterThan(100);
    }

    @Test
    void theCheckFindsAMissingKeyAnEmptyOneAChangedPlaceholderATagAndAnExtraKey() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode english = json.readTree("""
                {"labels": {"A": "Task {{ name }} of <b>{{count}}</b>", "B": "Save", "C": "Cancel", "D": "Due",
                            "F": "<definition>"},
                 "dateLocales": {"months": ["January", "February"]}}""");
        JsonNode thai = json.readTree("""
                {"labels": {"A": "งาน {{ title }} จาก {{count}}", "B": " ", "D": "กำหนดส่ง", "E": "เกิน",
                            "F": "<แบบ>"},
                 "dateLocales": {"months": ["มกราคม"]}}""");

        assertThat(ThaiTranslations.problems(english, thai)).containsExactly(
                "placeholders differ: labels.A: [{{count}}, {{name}}] / [{{count}}, {{title}}]",
                "HTML tags differ: labels.A: [</b, <b] / []",
                "empty: labels.B",
                "missing: labels.C",
                "missing: dateLocales.months[1]",
                "not in the English file: labels.E");
        assertThat(ThaiTranslations.problems(english, english)).isEmpty();
    }

    @Test
    void thaiDatesUseThaiMonthAndDayNames() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            JsonNode dates = ThaiTranslations.read(ThaiTranslations.copies(ThaiTranslations.localeFile(app, "th"))
                    .get(0)).get("dateLocales");
            assertThat(dates.get("months").get(7).asText()).as(app).isEqualTo("สิงหาคม");
            assertThat(dates.get("monthsShort").get(7).asText()).as(app).isEqualTo("ส.ค.");
            assertThat(dates.get("weekdays").get(5).asText()).as(app).isEqualTo("ศุกร์");
            assertThat(dates.get("relativeTime").get("future").asText()).as(app).isEqualTo("อีก %s");
        }
    }

    private static URL webjarCopy(String resource) {
        return ThaiTranslations.copies(resource).stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar"))
                .findFirst().orElseThrow(() -> new AssertionError(resource + " is not in the Camunda webjar"));
    }
}
