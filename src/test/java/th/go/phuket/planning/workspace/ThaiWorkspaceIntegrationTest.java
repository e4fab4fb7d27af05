package th.go.phuket.planning.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running app serves the Thai workspace: each webapp's Thai file (complete against the English file the same
 * server serves), its config.js and user styles instead of the webjar's, the shared scripts, each with
 * {@code Cache-Control: no-cache} (a browser asks again after an upgrade, and gets a 304 while nothing changed);
 * and {@code GET /api/clock} for every signed-in user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class ThaiWorkspaceIntegrationTest {

    static final java.util.List<String> APPS = ThaiTranslations.APPS;

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @FieldSource("APPS")
    void eachAppServesItsCompleteThaiFileAndItsOwnConfig(String app) throws Exception {
        HttpResponse<String> thai = get("/camunda/app/" + app + "/locales/th.json?bust=7.24.0", Map.of());
        HttpResponse<String> english = get("/camunda/app/" + app + "/locales/en.json?bust=7.24.0", Map.of());
        assertThat(thai.statusCode()).isEqualTo(200);
        assertThat(ThaiTranslations.problems(json(english), json(thai))).isEmpty();
        assertThat(thai.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(english.headers().firstValue("Cache-Control")).as("compared by translations.js too")
                .hasValue("no-cache");
        assertThat(get("/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js?bust=7.24.0", Map.of())
                .headers().firstValue("Cache-Control")).as("Camunda's own scripts are left alone").isEmpty();

        HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js", Map.of());
        assertThat(config.body()).contains("availableLocales: ['th', 'en', 'de']", "fallbackLocale: 'th'",
                "customScripts: ['../thai-workspace/workspace']");
        assertThat(config.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/camunda/app/" + app + "/styles/user-styles.css", Map.of()).body())
                .contains("@import url(\"../../thai-workspace/workspace.css\")");
    }

    @Test
    void tasklistKeepsItsKeyboardShortcuts() throws Exception {
        assertThat(get("/camunda/app/tasklist/scripts/config.js", Map.of()).body())
                .contains("claimTask", "focusFilter", "focusList", "focusForm", "startProcess", "ctrl+alt+c");
    }

    @Test
    void theSharedScriptsAreServedAndAskedAgainCheaply() throws Exception {
        for (String file : new String[] {"workspace.js", "translations.js", "dates.js", "moment.js",
            "form-messages.js", "workspace.css"}) {
            HttpResponse<String> response = get("/camunda/app/thai-workspace/" + file, Map.of());
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue("no-cache");
        }
        assertThat(get("/camunda/app/thai-workspace/workspace.css", Map.of()).body())
                .contains(".ce-eol-banner {\n  display: none;");

        HttpResponse<String> first = get("/camunda/app/tasklist/locales/th.json", Map.of());
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = get("/camunda/app/tasklist/locales/th.json",
                Map.of("If-Modified-Since", lastModified));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void everySignedInUserReadsTheEngineClockAndNobodyElse() throws Exception {
        assertThat(get("/api/clock", Map.of()).statusCode()).isEqualTo(401);

        Instant before = ClockUtil.getCurrentTime().toInstant();
        HttpResponse<String> agency = get("/api/clock", basic("pkt_public_health"));
        Instant after = ClockUtil.getCurrentTime().toInstant();

        assertThat(agency.statusCode()).isEqualTo(200);
        assertThat(agency.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode clock = json(agency);
        assertThat(Instant.ofEpochMilli(clock.get("epochMillis").asLong()))
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(clock.get("now").asText()).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(clock.get("now").asText()).toEpochSecond())
                .isEqualTo(clock.get("epochMillis").asLong() / 1000);
    }

    private Map<String, String> basic(String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return Map.of("Authorization", "Basic " + token);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ThaiTranslations.read(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }
}
