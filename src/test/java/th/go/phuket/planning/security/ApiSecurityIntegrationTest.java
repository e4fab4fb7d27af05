package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.phuket.planning.agency.IdentitySeeder;

/**
 * {@code /api/**} and the app's pages: HTTP Basic or the Camunda webapps' login, the access policy, CSRF for
 * changes made with the session login, security headers and the session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class ApiSecurityIntegrationTest {

    private static final String PASSWORD = IdentitySeeder.DEMO_PASSWORD;

    @LocalServerPort int port;

    @Test
    void ownResponsesCarryTheSecurityHeaders() {
        HttpResponse<String> response = RestClient.as(port, "pkt_public_health", PASSWORD).get("/api/agencies");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        HttpResponse<String> webapp = RestClient.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(webapp.headers().firstValue("Content-Security-Policy")).as("Camunda's own CSP").isPresent();
    }

    @Test
    void agenciesReadTheDirectoryButNotTheOfficesDataAndChangeNothing() {
        RestClient agency = RestClient.as(port, "pkt_public_health", PASSWORD);
        assertThat(agency.get("/api/holidays?year=2018").statusCode()).isEqualTo(200);
        HttpResponse<String> cycles = agency.get("/api/cycles");
        assertThat(cycles.statusCode()).isEqualTo(403);
        assertThat(cycles.body()).contains("ไม่มีสิทธิ์", "may not use this");
        assertThat(agency.get("/api/outbox").statusCode()).isEqualTo(403);
        assertThat(agency.send("PUT", "/api/holidays/2018-12-31",
                "{\"nameTh\":\"วันสิ้นปี\",\"nameEn\":\"New Year's Eve\",\"substitution\":false}",
                "application/json").statusCode()).isEqualTo(403);
        assertThat(agency.post("/api/cycles", "{\"cycleId\":\"agency-cycle\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void managersMayNotStartACycleThroughTheApi() {
        HttpResponse<String> refused = RestClient.as(port, IdentitySeeder.USER_MANAGER, PASSWORD)
                .post("/api/cycles", "{\"cycleId\":\"manager-cycle\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesSendAnonymousVisitorsToTheCamundaLogin() {
        HttpResponse<String> page = RestClient.anonymous(port).get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString()
                .endsWith(ApiAuthenticationFilter.LOGIN_PAGE);
        assertThat(RestClient.anonymous(port).get("/outbox").statusCode()).isEqualTo(302);
    }

    @Test
    void theCamundaWebappLoginOpensTheApiAndChangesNeedItsCsrfToken() {
        RestClient browser = RestClient.withCookies(port);
        HttpResponse<String> before = browser.get("/api/agencies");
        assertThat(before.statusCode()).isEqualTo(401);

        String csrf = loginToCockpit(browser, "strategy");
        HttpResponse<String> login = browser.get("/api/agencies");
        assertThat(login.statusCode()).as("the webapp session opens /api").isEqualTo(200);

        String cycle = "{\"cycleId\":\"session-" + System.nanoTime() % 100000 + "\",\"agencies\":\"pkt_public_health\"}";
        HttpResponse<String> withoutToken = browser.post("/api/cycles", cycle);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("X-XSRF-TOKEN");
        HttpResponse<String> withToken = browser.header("X-XSRF-TOKEN", csrf).post("/api/cycles", cycle);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    @Test
    void cockpitIsForTheOfficeAndManagersTasklistForEverybody() {
        assertThat(webappLogin("manager", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("strategy", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("pkt_tourism_sports", "cockpit")).as("an agency in Cockpit").isEqualTo(403);
        assertThat(webappLogin("pkt_tourism_sports", "tasklist")).isEqualTo(200);
        assertThat(webappLogin("manager", "admin")).as("a manager in Admin").isEqualTo(403);
    }

    private int webappLogin(String user, String app) {
        RestClient browser = RestClient.withCookies(port);
        browser.get("/camunda/app/" + app + "/default/");
        return browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).postForm(
                "/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + user + "&password=" + PASSWORD).statusCode();
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        HttpResponse<String> page = RestClient.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
    }

    /** Logs in as the Cockpit login page does and returns the CSRF token of the session. */
    private static String loginToCockpit(RestClient browser, String user) {
        browser.get("/camunda/app/cockpit/default/");
        HttpResponse<String> login = browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).postForm(
                "/camunda/api/admin/auth/user/default/login/cockpit",
                "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the login starts a new session; a page load hands out its token, as it does to Cockpit
        browser.get("/camunda/app/cockpit/default/");
        return browser.cookie("XSRF-TOKEN");
    }
}
