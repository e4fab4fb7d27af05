package th.go.phuket.planning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page that cannot be shown answers a browser with a page, an API client with a problem document: the same status
 * and the same Thai-first sentence either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class PageProblemsIntegrationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCitizenOpeningTheRecordOfAnUnknownCycleReadsWhyInThaiOnAPageWithoutALinkIntoTheSignedInPart()
            throws Exception {
        HttpResponse<String> page = get("/hearing/no-such-cycle/record", BROWSER, null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"th\"", "name=\"viewport\"", "ไม่พบข้อมูลที่ขอ (not found)",
                "no-such-cycle").doesNotContain("\"status\":404", "href=\"/\"");
    }

    @Test
    void anOfficerOpeningTheActionPlanOfAnUnknownCycleGetsAPageWithTheWayHome() throws Exception {
        HttpResponse<String> page = get("/cycles/no-such-cycle/action-plan", BROWSER, "strategy");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"problem-detail\"", "no-such-cycle", "href=\"/\"");
    }

    @Test
    void anApiClientStillGetsTheProblemDocument() throws Exception {
        HttpResponse<String> json = get("/hearing/no-such-cycle/record", "application/json, text/html;q=0.9", null);

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(json.body()).contains("\"status\":404", "no-such-cycle");
    }

    private HttpResponse<String> get(String path, String accept, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
