package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person logs into Camunda Tasklist of the running app in Chromium. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TasklistLoginBrowserIntegrationTest {

    @LocalServerPort
    private int port;

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
        // another user than the successful login: after a wrong password Camunda delays that user's next logins
        BrowserScript script = BrowserScript.named("tasklist-login")
                .env("TASKLIST_USER", "manager")
                .env("TASKLIST_PASSWORD", "not-the-password");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> script.runAgainst(baseUrl()));

        assertThat(failure.getMessage()).contains("login as manager refused", "Wrong credentials");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
