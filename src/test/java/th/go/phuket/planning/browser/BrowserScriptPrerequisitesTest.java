package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Browser tests never pass silently in CI: a missing browser fails there and only skips on a developer's machine. */
class BrowserScriptPrerequisitesTest {

    private static final Path NO_CHROMIUM = Path.of("/nonexistent/chromium");
    private static final Path NO_PLAYWRIGHT = Path.of("/nonexistent/playwright-core");

    @Test
    void missingBrowserFailsUnderCi() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> BrowserScript.checkInstalled(NO_CHROMIUM, NO_PLAYWRIGHT, true));

        assertThat(failure.getMessage()).contains("CI is set", "Chromium (/nonexistent/chromium)",
                "playwright-core (/nonexistent/playwright-core)", "bash .ci/run");
    }

    @Test
    void missingBrowserSkipsOutsideCiWithInstallHint() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> BrowserScript.checkInstalled(NO_CHROMIUM, Path.of("."), false));

        assertThat(skipped.getMessage()).contains("Chromium (/nonexistent/chromium)")
                .doesNotContain("playwright-core (")
                .contains("npm ci --prefix .ci && apt-get install chromium fonts-thai-tlwg");
    }

    @Test
    void installedBrowserPassesTheCheck() {
        Path executable = Path.of("/bin/sh");

        assertDoesNotThrow(() -> BrowserScript.checkInstalled(executable, Path.of("."), true));
    }
}
