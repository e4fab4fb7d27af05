package th.go.phuket.planning.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The chaos suite against the app's jar (built by the package phase before this test runs): the short version in
 * every {@code ./mvnw verify}, all scenarios with {@code -Dchaos.full=true} ({@code bash bench/chaos.sh}). Every
 * scenario must keep every acknowledged operation, lose no email, double no more than its in-flight bound and show
 * users no error.
 */
class ChaosIntegrationTest {

    @Test
    void acknowledgedWorkSurvivesKillNineAndNoEmailIsLostOrSentTwiceBeyondTheEmailsInFlight() throws Exception {
        ChaosReport report = ChaosSuite.run(ChaosSuite.Settings.fromSystemProperties(Path.of("").toAbsolutePath()));

        assertThat(report.outcomes()).isNotEmpty().allSatisfy(outcome ->
                assertThat(outcome.targetsMet()).as(report.markdown()).isTrue());
    }
}
