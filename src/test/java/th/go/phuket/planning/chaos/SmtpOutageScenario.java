package th.go.phuket.planning.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mail server down across the reminder round of 28 Aug 2018 (3 working days before the proposals are due) and
 * back: meanwhile the office returns three proposals (their emails wait too) and users see no error; every email
 * of the round goes out once when the server is back.
 */
final class SmtpOutageScenario {

    private final SingleNodeScenarios node;

    SmtpOutageScenario(SingleNodeScenarios node) {
        this.node = node;
    }

    void run() throws Exception {
        ChaosClient client = node.client();
        node.ledger().mark();
        Set<String> before = node.allOutboxIds();
        node.smtp().kill();

        List<ChaosClient.Task> screenings = client.tasks("processInstanceBusinessKey=" + SingleNodeScenarios.CYCLE
                + "&taskDefinitionKey=Task_ScreenProposal&maxResults=3", SingleNodeScenarios.OFFICE,
                SingleNodeScenarios.PASSWORD);
        int made = 0;
        int errors = 0;
        for (ChaosClient.Task screening : screenings) {
            if (client.complete(screening.id(), Map.of("screeningDecision", "returned", "screeningNote",
                    "โปรดระบุงบประมาณ (please give the budget)"), SingleNodeScenarios.OFFICE,
                    SingleNodeScenarios.PASSWORD).ok()) {
                made++;
            } else {
                errors++;
            }
        }
        errors += clock(client, "2018-08-28T08:31:00+07:00") ? 0 : 1;
        // the round is written, and every email of it has failed at least once against the dead server
        Set<String> round = node.newOutboxIds(before, 50);
        long downSince = System.nanoTime();
        Set<String> written = round;
        ChaosSuite.waitFor(Duration.ofMinutes(3), () -> SingleNodeScenarios.unchecked(() -> attempted(client, written)));
        // and stays down past the first back-off (1 min), so the round's retries fail as well
        Thread.sleep(75_000);
        long down = (System.nanoTime() - downSince) / 1_000_000_000L;
        round = node.newOutboxIds(before, round.size());

        node.smtp().start();
        node.smtp().awaitLog("listening", Duration.ofSeconds(30));
        errors += clock(client, "2018-08-28T09:15:00+07:00") ? 0 : 1;
        long delivered = node.awaitDelivered(round);
        int kept = 0;
        for (ChaosClient.Task screening : screenings) {
            kept += client.completed(screening.id(), SingleNodeScenarios.OFFICE, SingleNodeScenarios.PASSWORD) ? 1 : 0;
        }
        node.report().add(new ChaosReport.Outcome("mail server down across the 28 Aug reminder round, then back",
                made, kept, node.ledger().count(round), 0, errors, "down " + down + " s after the round was written"
                + " (every email tried and failed at least once); all sent " + delivered + " s after it was back"));
    }

    private static boolean attempted(ChaosClient client, Set<String> round) throws java.io.IOException {
        int tried = 0;
        for (var row : client.json("/api/outbox?limit=5000", SingleNodeScenarios.OFFICE, SingleNodeScenarios.PASSWORD)) {
            if (round.contains(row.get("id").asText()) && row.get("attempts").asInt() >= 1) {
                tried++;
            }
        }
        return tried == round.size();
    }

    private static boolean clock(ChaosClient client, String now) throws java.io.IOException {
        return client.call("POST", "/api/demo/clock", SingleNodeScenarios.OFFICE, SingleNodeScenarios.PASSWORD,
                Map.of("now", now)).ok();
    }
}
