package th.go.phuket.planning.chaos;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import th.go.phuket.planning.PostgresTestDatabase;

/**
 * Two nodes of the production profile on one fresh PostgreSQL database. Node B completes the draft of a 60-agency
 * cycle, so its delivery threads send the 60 {@code TASK_ASSIGNED} (the server slowed to 300 ms a message); the 60
 * agencies complete their reviews at once, alternately on A and B, and B is killed ({@code kill -9}) part-way.
 * The client acts as a load balancer would: a request to a node that refuses connections goes to the other node;
 * a request that was under way when its node died is answered with a retry message (the balancer's 502), after
 * which the person opens the task list again and completes the task if it is still there.
 */
final class TwoNodeScenario {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "chaos-admin-password-2561";
    private static final int AGENCIES = 60;
    private static final int PEOPLE = 8;

    private final ChaosSuite.Settings settings;
    private final MailLedger ledger;
    private final ChaosReport report;

    TwoNodeScenario(ChaosSuite.Settings settings, ChaosProcess smtp, MailLedger ledger, ChaosReport report) {
        this.settings = settings;
        this.ledger = ledger;
        this.report = report;
    }

    void run() throws Exception {
        if (System.getenv("PG_URL") == null) {
            report.add(new ChaosReport.Outcome("two nodes on PostgreSQL: not run (PG_URL not set)", 0, 0, null, 0, 0,
                    "set PG_URL, PG_USER, PG_PASSWORD"));
            return;
        }
        PostgresTestDatabase database = PostgresTestDatabase.create();
        ChaosProcess nodeA = node("node-a", settings.appPort(), database);
        ChaosProcess nodeB = node("node-b", settings.secondPort(), database);
        ChaosClient a = new ChaosClient(settings.appPort());
        ChaosClient b = new ChaosClient(settings.secondPort());
        Path smtpDirectory = settings.directory().resolve("smtp");
        try {
            nodeA.start();
            nodeA.awaitHttp(a.base() + "/engine-rest/engine", Duration.ofMinutes(4));
            nodeB.start();
            nodeB.awaitHttp(b.base() + "/engine-rest/engine", Duration.ofMinutes(4));
            ledger.mark();
            ChaosSuite.mode(smtpDirectory, "slow 300");

            List<String> agencies = new ArrayList<>();
            a.json("/api/agencies", ADMIN, ADMIN_PASSWORD).forEach(agency -> agencies.add(agency.get("id").asText()));
            String cycle = "chaos-pg-" + Long.toString(System.currentTimeMillis(), 36);
            int made = 0;
            made += a.call("POST", "/api/cycles", ADMIN, ADMIN_PASSWORD, plannedAhead(cycle,
                    agencies.subList(0, AGENCIES))).ok() ? 1 : 0;
            ChaosClient.Task draft = SingleNodeScenarios.await(() -> single(a, cycle, "Task_PrepareDraft"),
                    Duration.ofSeconds(60));
            made += b.complete(draft.id(), Map.of("draftSummary", "ร่างทดสอบสองเครื่อง (two nodes)"), ADMIN,
                    ADMIN_PASSWORD).ok() ? 1 : 0;
            SingleNodeScenarios.await(() -> a.tasks("processInstanceBusinessKey=" + cycle
                    + "&taskDefinitionKey=Task_AgencyReview", ADMIN, ADMIN_PASSWORD).size() == AGENCIES ? true : null,
                    Duration.ofSeconds(120));

            Completions completions = completeAllAtOnce(a, b, nodeB, cycle);
            made += completions.acknowledged.size();

            // every email of the cycle: the agencies' TASK_ASSIGNED and the public hearing's COMMENTS_OPEN
            Set<String> expected = a.outbox("cycleId=" + cycle, ADMIN, ADMIN_PASSWORD).keySet();
            long delivered = awaitDelivered(a, expected);
            ChaosSuite.mode(smtpDirectory, "normal");
            int kept = a.cycleExists(cycle, ADMIN, ADMIN_PASSWORD) ? 1 : 0;
            kept += a.completed(draft.id(), ADMIN, ADMIN_PASSWORD) ? 1 : 0;
            for (String task : completions.acknowledged) {
                kept += a.completed(task, ADMIN, ADMIN_PASSWORD) ? 1 : 0;
            }
            int open = a.tasks("processInstanceBusinessKey=" + cycle + "&taskDefinitionKey=Task_AgencyReview",
                    ADMIN, ADMIN_PASSWORD).size();
            report.add(new ChaosReport.Outcome("two nodes on PostgreSQL, 60 agencies completing at once, node B"
                    + " killed", made, kept, ledger.count(expected), SingleNodeScenarios.THREADS,
                    completions.errors.get(), "B killed after " + completions.atKill + " completions and "
                    + completions.takenAtKill + " emails taken; " + completions.rerouted.get()
                    + " requests sent to A after B refused; " + completions.retryMessages.get()
                    + " answered with a retry message (under way when B died); reviews left open: " + open
                    + "; all sent " + delivered + " s after the last completion; doubled: " + ledger.doubledIds()));
        } finally {
            nodeB.kill();
            nodeA.stop();
        }
    }

    /** The outcome of the 60 completions. */
    private static final class Completions {
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger rerouted = new AtomicInteger();
        final AtomicInteger retryMessages = new AtomicInteger();
        volatile int atKill;
        volatile int takenAtKill;
    }

    private Completions completeAllAtOnce(ChaosClient a, ChaosClient b, ChaosProcess nodeB, String cycle)
            throws Exception {
        List<ChaosClient.Task> reviews = a.tasks("processInstanceBusinessKey=" + cycle
                + "&taskDefinitionKey=Task_AgencyReview", ADMIN, ADMIN_PASSWORD);
        Completions outcome = new Completions();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
        for (int i = 0; i < reviews.size(); i++) {
            ChaosClient.Task review = reviews.get(i);
            ChaosClient first = i % 2 == 0 ? a : b;
            ChaosClient other = first == a ? b : a;
            people.execute(() -> {
                complete(review, first, other, outcome);
                answered.incrementAndGet();
            });
        }
        ChaosSuite.waitFor(Duration.ofSeconds(120), () -> answered.get() >= AGENCIES / 3);
        outcome.atKill = answered.get();
        outcome.takenAtKill = SingleNodeScenarios.unchecked(ledger::taken);
        nodeB.kill();
        people.shutdown();
        people.awaitTermination(5, TimeUnit.MINUTES);
        return outcome;
    }

    /** One person completing one review through the balancer. */
    private static void complete(ChaosClient.Task review, ChaosClient first, ChaosClient other,
                                 Completions outcome) {
        Map<String, String> values = Map.of("reviewOutcome", "changes_proposed", "reviewComments",
                "ข้อเสนอทดสอบสองเครื่อง (two-node proposal)");
        ChaosClient node = first;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                ChaosClient.Response answer = node.complete(review.id(), values, ADMIN, ADMIN_PASSWORD);
                if (answer.ok()) {
                    outcome.acknowledged.add(review.id());
                } else {
                    outcome.errors.incrementAndGet();
                    System.out.println("[chaos] error seen by a user: " + answer.status() + " " + answer.body());
                }
                return;
            } catch (ConnectException refused) {
                outcome.rerouted.incrementAndGet();
                node = node == first ? other : first;
            } catch (IOException diedUnderWay) {
                // the balancer's 502: the person opens the task list again (on the live node) and sees whether
                // the task is still there
                outcome.retryMessages.incrementAndGet();
                node = node == first ? other : first;
                try {
                    if (node.tasks("taskId=" + review.id(), ADMIN, ADMIN_PASSWORD).isEmpty()) {
                        return;
                    }
                } catch (IOException e) {
                    outcome.errors.incrementAndGet();
                    return;
                }
            }
        }
        outcome.errors.incrementAndGet();
    }

    private long awaitDelivered(ChaosClient a, Set<String> expected) throws Exception {
        long t0 = System.nanoTime();
        Duration limit = Duration.parse("PT" + settings.lease().toUpperCase()).plusSeconds(180);
        ChaosSuite.waitFor(limit, () -> {
            Map<String, String> rows = SingleNodeScenarios.unchecked(() -> a.outbox("", ADMIN, ADMIN_PASSWORD));
            return expected.stream().allMatch(id -> "SENT".equals(rows.get(id)))
                    && SingleNodeScenarios.unchecked(ledger::copies).keySet().containsAll(expected);
        });
        Thread.sleep(2000);
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }

    private static ChaosClient.Task single(ChaosClient node, String cycle, String taskKey) throws IOException {
        List<ChaosClient.Task> tasks = node.tasks("processInstanceBusinessKey=" + cycle + "&taskDefinitionKey="
                + taskKey, ADMIN, ADMIN_PASSWORD);
        return tasks.size() == 1 ? tasks.get(0) : null;
    }

    private ChaosProcess node(String name, int port, PostgresTestDatabase database) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("DB_URL", database.url(), "DB_USER",
                database.user(), "DB_PASSWORD", database.password(), "SMTP_HOST", "127.0.0.1", "SMTP_PORT",
                String.valueOf(settings.smtpPort()), "SMTP_STARTTLS", "false", "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MAIL_STRATEGY_OFFICE", "strategy-office@phuket.example", "MAIL_MANAGERS", "managers@phuket.example",
                "MAIL_COMMITTEE", "committee@phuket.example"));
        return ChaosProcess.app(name, settings, port, List.of("--spring.profiles.active=postgres",
                "--planning.mail.delivery.lease=" + settings.lease(),
                "--planning.mail.delivery.threads=" + SingleNodeScenarios.THREADS,
                "--camunda.bpm.generic-properties.properties.hostname=" + name), environment);
    }

    private static Map<String, Object> plannedAhead(String cycle, List<String> agencies) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        return new LinkedHashMap<>(Map.of("cycleId", cycle, "agencies", String.join(",", agencies),
                "proposalsDue", today.plusDays(30).toString(), "hearingDate", today.plusDays(45).toString(),
                "committeeDate", today.plusDays(55).toString(), "submissionDeadline", today.plusDays(65).toString(),
                // production has no demo clock: dates ahead of today may fall in a year without shipped holidays
                "allowMissingHolidays", true));
    }
}
