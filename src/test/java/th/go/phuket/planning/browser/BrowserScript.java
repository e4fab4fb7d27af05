package th.go.phuket.planning.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code node src/test/browser/<script>.mjs} against a running page and fails the test with the script's
 * output when it exits non-zero. The script drives Debian's Chromium through playwright-core from
 * {@code .ci/node_modules}; screenshots go to {@code target/screenshots} for a human look.
 */
public final class BrowserScript {

    static final String INSTALL_HINT =
            "install with `bash .ci/run`, or `npm ci --prefix .ci && apt-get install chromium fonts-thai-tlwg`";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    private static final String SCREENSHOT_LINE = "screenshot: ";

    private final String name;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Duration timeout = DEFAULT_TIMEOUT;

    private BrowserScript(String name) {
        this.name = name;
    }

    /** The script {@code src/test/browser/<name>.mjs}. */
    public static BrowserScript named(String name) {
        return new BrowserScript(name);
    }

    public BrowserScript env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public BrowserScript timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /**
     * Skips the test (fails it when the environment variable CI is set) unless Chromium and playwright-core are
     * installed. Call it before starting anything expensive, e.g. in {@code @BeforeAll}.
     */
    public static void assumeBrowserInstalled() {
        checkInstalled(chromium(), playwrightCore(), isCi());
    }

    static void checkInstalled(Path chromium, Path playwrightCore, boolean ci) {
        StringBuilder missing = new StringBuilder();
        if (!Files.isExecutable(chromium)) {
            missing.append("Chromium (").append(chromium).append(") ");
        }
        if (!Files.isDirectory(playwrightCore)) {
            missing.append("playwright-core (").append(playwrightCore).append(") ");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests need " + missing + "- " + INSTALL_HINT;
        if (ci) {
            fail("CI is set, so browser tests may not be skipped: " + message);
        }
        Assumptions.abort(message);
    }

    /** Runs the script with {@code BASE_URL=baseUrl}; fails the test when it exits non-zero or times out. */
    public BrowserRun runAgainst(String baseUrl) {
        assumeBrowserInstalled();
        Path root = ProjectRoot.find();
        Path script = root.resolve("src/test/browser/" + name + ".mjs");
        if (!Files.isRegularFile(script)) {
            fail("no browser script " + script);
        }
        Path screenshots = root.resolve("target/screenshots");
        Path log = root.resolve("target/browser-logs/" + name + ".log");
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder("node", script.toString())
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("BASE_URL", baseUrl);
            env.put("SCREENSHOT_DIR", screenshots.toString());
            env.put("CHROMIUM", chromium().toString());
            env.put("NODE_PATH", root.resolve(".ci/node_modules").toString());
            env.put("SCRIPT_TIMEOUT_MS", Long.toString(timeout.minusSeconds(10).toMillis()));
            env.putAll(environment);
            return awaitScript(builder.start(), log);
        } catch (IOException e) {
            return fail("could not run browser script " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running browser script " + name, e);
        }
    }

    private BrowserRun awaitScript(Process process, Path log) throws IOException, InterruptedException {
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("--- browser script " + name + " ---\n" + output);
        if (!ended) {
            fail("browser script " + name + " did not end within " + timeout + "; its output:\n" + output);
        }
        if (process.exitValue() != 0) {
            fail("browser script " + name + " failed (exit " + process.exitValue() + "); its output:\n" + output);
        }
        List<Path> shots = output.lines()
                .filter(line -> line.startsWith(SCREENSHOT_LINE))
                .map(line -> Path.of(line.substring(SCREENSHOT_LINE.length()).trim()))
                .toList();
        return new BrowserRun(name, output, shots);
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    private static Path playwrightCore() {
        return ProjectRoot.find().resolve(".ci/node_modules/playwright-core");
    }

    private static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
