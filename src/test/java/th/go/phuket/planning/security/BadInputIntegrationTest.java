package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.phuket.planning.agency.IdentitySeeder;

/**
 * Bad input at scale (issue #11, item 5): every request of {@link BadInputs} is refused with its status and a
 * message in Thai and in English that names the problem (never a stack trace or an engine error code alone), and
 * every row count of the engine's runtime, history and identity tables and of the product's {@code pc_*} tables
 * is the same afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTest {

    private static final Pattern THAI = Pattern.compile("[\\u0E01-\\u0E5B]");
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{3,}\\b.*\\b[A-Za-z]{3,}\\b");
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+\\.[a-z]+\\.|Exception:|\\.java:\\d+");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;

    private final StringBuilder report = new StringBuilder("# Bad input: what each request got\n\n"
            + "| # | bad input | sent to | status | answer |\n|---|---|---|---|---|\n");
    private int answered;
    private QuietEngine quiet;
    private BadInputCycle cycle;
    private DatabaseRows rows;

    @BeforeAll
    void holdTheEngineAndStartTheCycle() {
        quiet = QuietEngine.hold(engine, new JdbcTemplate(dataSource));
        cycle = BadInputCycle.start(engine);
        rows = new DatabaseRows(dataSource);
    }

    @AfterAll
    void releaseTheEngineAndWriteTheAnswers() throws IOException {
        if (quiet != null) {
            quiet.close();
        }
        Files.createDirectories(MatrixReport.DIRECTORY);
        Files.writeString(MatrixReport.DIRECTORY.resolve("bad-input.md"), report, StandardCharsets.UTF_8);
    }

    static List<BadInput> badInputs() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("badInputs")
    void isRefusedClearlyAndChangesNothing(BadInput input) {
        String taskId = cycle.openTask(input.stage()).getId();
        String path = input.path().replace("$task", taskId).replace("$cycle", cycle.cycleId);
        Map<String, String> before = rows.count();

        HttpResponse<String> answer = RestClient.as(port, input.user(), IdentitySeeder.DEMO_PASSWORD)
                .send(input.method(), path, input.body(), input.body() == null ? null : input.contentType());

        String body = answer.body();
        report.append("| ").append(++answered).append(" | ").append(input.name())
                .append(" | `").append(input.method()).append(' ').append(input.path().replaceAll("\\?.*", ""))
                .append("` | ").append(answer.statusCode()).append(" | ")
                .append(body.replace("|", "\\|").replace("\n", " ")).append(" |\n");
        assertThat(answer.statusCode()).as(body).isEqualTo(input.status());
        assertThat(answer.headers().firstValue("Content-Type")).as("a JSON answer").get().asString().contains("json");
        assertThat(body).as("Thai").containsPattern(THAI);
        assertThat(body).as("English").containsPattern(ENGLISH);
        assertThat(body).as("what the problem is").contains(input.says());
        assertThat(body).as("no stack trace").doesNotContainPattern(STACK_TRACE);
        assertThat(DatabaseRows.differences(before, rows.count())).as("rows changed").isEmpty();
    }
}
