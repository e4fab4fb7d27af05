package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person logs into Camunda Tasklist of the running app in Chromium. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TasklistLoginBrowserIntegrationTest {

    /** A user of its own: a wrong password locks the user's next logins for a while (the engine's lock-out). */
    private static final String PROBE = "login-probe";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identityService;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @Test
    void adminLogsIntoTasklist() {
        BrowserRun run = BrowserScript.named("tasklist-login")
                .env("TASKLIST_USER", "admin")
                .env("TASKLIST_PASSWORD", "demo")
                .runAgainst(baseUrl());

        assertThat(run.output()).contains("logged into tasklist as admin", "Tasklist shown to admin");
        assertThat(run.screenshots()).hasSize(2).allSatisfy(screenshot -> assertThat(screenshot).isNotEmptyFile());
    }

    @Test
    void wrongPasswordIsRefusedOnTheLoginPage() {
        // the Spring context (and its users) is shared with other test classes: after a wrong password Camunda
        // delays that user's next logins, so the wrong password is tried for a user nobody else logs in with
        if (identityService.createUserQuery().userId(PROBE).count() == 0) {
            User probe = identityService.newUser(PROBE);
            probe.setPassword("the-right-password");
            identityService.saveUser(probe);
        }
        BrowserScript script = BrowserScript.named("tasklist-login")
                .env("TASKLIST_USER", PROBE)
                .env("TASKLIST_PASSWORD", "not-the-password");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> script.runAgainst(baseUrl()));

        // the browser speaks Thai: Tasklist words the refusal with its Thai labels (PAGE_LOGIN_FAILED, then
        // PAGE_LOGIN_ERROR_MSG "Wrong credentials, locked user or …") or "Unauthorized" (the HTTP status)
        JsonNode labels = tasklistThaiLabels();
        assertThat(failure.getMessage()).contains("login as " + PROBE + " refused: "
                + labels.get("PAGE_LOGIN_FAILED").asText())
                .containsAnyOf(labels.get("PAGE_LOGIN_ERROR_MSG").asText(), "Unauthorized");
    }

    private static JsonNode tasklistThaiLabels() {
        try (InputStream in = TasklistLoginBrowserIntegrationTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/locales/th.json")) {
            return new ObjectMapper().readTree(in).get("labels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
