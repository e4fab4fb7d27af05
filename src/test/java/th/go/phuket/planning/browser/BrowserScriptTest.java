package th.go.phuket.planning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The browser harness against a small Thai page served by the JDK's HTTP server (no Spring). */
class BrowserScriptTest {

    private static final String HEADING = "แผนพัฒนาจังหวัดภูเก็ต พ.ศ. ๒๕๖๑–๒๕๖๔";
    private static final String PAGE = """
            <!doctype html>
            <html lang="th"><head><meta charset="utf-8"><title>ทดสอบภาษาไทย</title></head>
            <body style="font-size: 20px; margin: 2em">
              <h1>%s</h1>
              <p>สำนักงานยุทธศาสตร์จังหวัดภูเก็ต ขอให้ทุกหน่วยงานส่งข้อเสนอโครงการภายในวันที่ ๓๑ สิงหาคม ๒๕๖๑ (31 ส.ค. 2561)</p>
              <p>Phuket provincial strategy office: proposals due 31 August 2018.</p>
              <button id="confirm" onclick="document.getElementById('status').textContent = 'ยืนยันแล้ว (confirmed)'">ยืนยัน</button>
              <p id="status">รอการยืนยัน</p>
            </body></html>
            """.formatted(HEADING);

    private final CountDownLatch releaseSlowPage = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void servePages() throws IOException {
        BrowserScript.assumeBrowserInstalled();
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(exchange, PAGE));
        server.createContext("/slow", exchange -> {
            awaitRelease();
            respond(exchange, PAGE);
        });
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        releaseSlowPage.countDown();
        if (server != null) { // null when the browser is missing and the test was skipped before start-up
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Test
    void scriptReadsThaiTextClicksAndSavesAScreenshot() throws IOException {
        BrowserRun run = BrowserScript.named("thai-page").runAgainst(baseUrl());

        assertThat(run.output()).contains("heading: " + HEADING, "status: ยืนยันแล้ว (confirmed)");
        assertThat(run.screenshots()).hasSize(1);
        Path screenshot = run.screenshots().get(0);
        assertThat(screenshot).exists().hasFileName("thai-page-page.png");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
    }

    @Test
    void failingScriptFailsTheTestWithTheScriptsOutput() {
        BrowserScript script = BrowserScript.named("thai-page").env("EXPECTED_HEADING", "หัวข้ออื่น");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> script.runAgainst(baseUrl()));

        assertThat(failure.getMessage())
                .contains("browser script thai-page failed (exit 1)")
                .contains("heading is \"" + HEADING + "\", expected \"หัวข้ออื่น\"");
    }

    @Test
    void scriptThatHangsIsEndedByItsTimeoutGuard() {
        BrowserScript script = BrowserScript.named("thai-page").env("SCRIPT_TIMEOUT_MS", "3000");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> script.runAgainst(baseUrl() + "/slow"));

        assertThat(failure.getMessage()).contains("(exit 124)", "timed out after 3000 ms");
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void awaitRelease() {
        try {
            releaseSlowPage.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
