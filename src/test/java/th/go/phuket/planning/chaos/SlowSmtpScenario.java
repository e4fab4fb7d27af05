package th.go.phuket.planning.chaos;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A mail server that takes 30 s per message: four agencies' TASK_ASSIGNED and COMMENTS_OPEN go out, each once (the app waits up to 120 s for the
 * server's answer), and the people working meanwhile are not slowed (their requests never wait for mail).
 */
final class SlowSmtpScenario {

    private final SingleNodeScenarios node;

    SlowSmtpScenario(SingleNodeScenarios node) {
        this.node = node;
    }

    void run() throws Exception {
        ChaosClient client = node.client();
        node.ledger().mark();
        Set<String> before = node.allOutboxIds();
        ChaosSuite.mode(node.smtpDirectory(), "slow 30000");
        String cycleId = "chaos-slow-" + Long.toString(System.currentTimeMillis(), 36);
        int made = node.startCycleAndCompleteDraft(cycleId, node.agencies().subList(60, 64)) ? 2 : 0;
        Set<String> expected = node.newOutboxIds(before, SingleNodeScenarios.draftEmails(4));

        // meanwhile four agencies of that cycle hand in their reviews
        int errors = 0;
        long slowest = 0;
        java.util.List<String> reviewed = new java.util.ArrayList<>();
        for (String agency : node.agencies().subList(60, 64)) {
            ChaosClient.Task review = SingleNodeScenarios.await(() -> node.one(cycleId,
                    "Task_AgencyReview&candidateGroup=" + agency, agency), Duration.ofSeconds(60));
            long t0 = System.nanoTime();
            if (client.complete(review.id(), Map.of("reviewOutcome", "no_change"), agency,
                    SingleNodeScenarios.PASSWORD).ok()) {
                made++;
                reviewed.add(review.id());
            } else {
                errors++;
            }
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000L);
        }
        long delivered = node.awaitDelivered(expected);
        ChaosSuite.mode(node.smtpDirectory(), "normal");
        int kept = client.cycleExists(cycleId, SingleNodeScenarios.OFFICE, SingleNodeScenarios.PASSWORD) ? 2 : 0;
        for (String review : reviewed) {
            kept += client.completed(review, SingleNodeScenarios.OFFICE, SingleNodeScenarios.PASSWORD) ? 1 : 0;
        }
        node.report().add(new ChaosReport.Outcome("mail server taking 30 s per message", made, kept,
                node.ledger().count(expected), 0, errors, "all sent after " + delivered + " s; slowest of 4 task"
                + " completions meanwhile " + slowest + " ms"));
    }
}
