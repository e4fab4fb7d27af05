package th.go.phuket.planning.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenarios on one node with an H2 file database (the default profile, the demo cycle {@code phuket-2563} of
 * 67 agencies on the 2018 rehearsal clock), in order: a {@code kill -9} during the 134 emails (TASK_ASSIGNED, COMMENTS_OPEN) of the
 * draft, a {@code kill -9} right after acknowledged work, then (full suite) the mail server down across the
 * reminder round, a mail server that drops the connection after taking each message, one that takes 30 s per
 * message, and a normal restart during a burst.
 */
final class SingleNodeScenarios {

    static final String CYCLE = "phuket-2563";
    static final String OFFICE = "strategy";
    static final String PASSWORD = "demo";
    /** The app's delivery threads: at most this many emails in flight, so doubled by one kill. */
    static final int THREADS = 2;

    private final ChaosSuite.Settings settings;
    private final ChaosProcess smtp;
    private final MailLedger ledger;
    private final ChaosReport report;
    private final Path smtpDirectory;
    private final ChaosProcess app;
    private final ChaosClient client;
    private List<String> agencies;

    SingleNodeScenarios(ChaosSuite.Settings settings, ChaosProcess smtp, MailLedger ledger, ChaosReport report) {
        this.settings = settings;
        this.smtp = smtp;
        this.ledger = ledger;
        this.report = report;
        this.smtpDirectory = settings.directory().resolve("smtp");
        Path database = settings.directory().resolve("h2/planning");
        this.app = ChaosProcess.app("app", settings, settings.appPort(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--planning.mail.embedded.enabled=false", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + settings.smtpPort(), "--planning.mail.delivery.lease=" + settings.lease(),
                "--planning.mail.delivery.threads=" + THREADS), Map.of());
        this.client = new ChaosClient(settings.appPort());
    }

    void run() throws Exception {
        start();
        try {
            agencies = agencyIds();
            burstKilled();
            acknowledgedWorkKilled();
            dropAfterTaking();
            if (settings.full()) {
                mailServerDownAcrossTheReminderRound();
                slowMailServer();
                normalRestartDuringABurst();
            }
        } finally {
            app.stop();
        }
    }

    /**
     * kill -9 while the draft's emails go out (the server slowed to 150 ms a message): each of the 67 agencies gets
     * its TASK_ASSIGNED and the public hearing's COMMENTS_OPEN.
     */
    private void burstKilled() throws Exception {
        ledger.mark();
        Set<String> before = allOutboxIds();
        ChaosSuite.mode(smtpDirectory, "slow 150");
        ChaosClient.Task draft = await(() -> one(CYCLE, "Task_PrepareDraft", OFFICE), Duration.ofSeconds(120));
        int made = client.complete(draft.id(), Map.of("draftSummary", "ร่างแผนทดสอบความทนทาน (chaos draft)"),
                OFFICE, PASSWORD).ok() ? 1 : 0;
        boolean reached = ChaosSuite.waitFor(Duration.ofSeconds(120), () -> taken() >= 20);
        int takenAtKill = taken();
        app.kill();
        ChaosSuite.mode(smtpDirectory, "normal");
        long restart = restart();
        int kept = client.completed(draft.id(), OFFICE, PASSWORD) ? 1 : 0;
        Set<String> expected = newOutboxIds(before, draftEmails(agencies.size()));
        long delivered = awaitDelivered(expected);
        report.add(new ChaosReport.Outcome("kill -9 during the draft's " + expected.size() + " emails", made, kept,
                ledger.count(expected), threads(), 0, "killed after " + takenAtKill + " taken" + (reached ? "" :
                " (burst ended before 20)") + "; up again in " + restart + " s; all sent " + delivered
                + " s after the restart; doubled: " + ledger.doubledIds()));
    }

    /** kill -9 right after 10 agency reviews and 3 cycle starts were answered 204 / 201. */
    private void acknowledgedWorkKilled() throws Exception {
        List<String> reviewers = agencies.subList(0, 10);
        List<ChaosClient.Task> reviews = new ArrayList<>();
        for (String agency : reviewers) {
            reviews.add(one(CYCLE, "Task_AgencyReview&candidateGroup=" + agency, agency));
        }
        List<String> done = new ArrayList<>();
        List<String> cycles = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < reviews.size(); i++) {
            ChaosClient.Response answer = client.complete(reviews.get(i).id(), Map.of("reviewOutcome",
                    "changes_proposed", "reviewComments", "ข้อเสนอทดสอบ (chaos proposal)"), reviewers.get(i), PASSWORD);
            if (answer.ok()) {
                done.add(reviews.get(i).id());
            } else {
                errors++;
            }
        }
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 1; i <= 3; i++) {
            String cycleId = "chaos-" + stamp + "-" + i;
            Map<String, Object> start = new LinkedHashMap<>(Map.of("cycleId", cycleId,
                    "agencies", String.join(",", agencies.subList(20, 23))));
            if (client.call("POST", "/api/cycles", OFFICE, PASSWORD, start).ok()) {
                cycles.add(cycleId);
            } else {
                errors++;
            }
        }
        app.kill();
        long restart = restart();
        int kept = 0;
        for (String task : done) {
            kept += client.completed(task, OFFICE, PASSWORD) ? 1 : 0;
        }
        for (String cycleId : cycles) {
            kept += client.cycleExists(cycleId, OFFICE, PASSWORD) ? 1 : 0;
        }
        report.add(new ChaosReport.Outcome("kill -9 right after 10 task completions and 3 cycle starts",
                done.size() + cycles.size(), kept, null, 0, errors, "killed within ms of the last answer; up again in "
                + restart + " s"));
    }

    /** A server that answers "accepted" and drops the connection before QUIT: the 20 emails of a new cycle of 10 agencies. */
    private void dropAfterTaking() throws Exception {
        ledger.mark();
        Set<String> before = allOutboxIds();
        ChaosSuite.mode(smtpDirectory, "drop");
        String cycleId = "chaos-drop-" + Long.toString(System.currentTimeMillis(), 36);
        int made = startCycleAndCompleteDraft(cycleId, agencies.subList(30, 40)) ? 2 : 0;
        Set<String> expected = newOutboxIds(before, draftEmails(10));
        awaitDelivered(expected);
        ChaosSuite.mode(smtpDirectory, "normal");
        report.add(new ChaosReport.Outcome("mail server takes each message, then drops the connection",
                made, made, ledger.count(expected), 0, made == 2 ? 0 : 1, "cycle " + cycleId));
    }

    private void mailServerDownAcrossTheReminderRound() throws Exception {
        new SmtpOutageScenario(this).run();
    }

    private void slowMailServer() throws Exception {
        new SlowSmtpScenario(this).run();
    }

    /** A normal stop (SIGTERM) while the emails of 20 agencies go out: the emails in flight finish; none goes out twice. */
    private void normalRestartDuringABurst() throws Exception {
        ledger.mark();
        Set<String> before = allOutboxIds();
        ChaosSuite.mode(smtpDirectory, "slow 300");
        String cycleId = "chaos-restart-" + Long.toString(System.currentTimeMillis(), 36);
        int made = startCycleAndCompleteDraft(cycleId, agencies.subList(40, 60)) ? 2 : 0;
        ChaosSuite.waitFor(Duration.ofSeconds(60), () -> taken() >= 5);
        int takenAtStop = taken();
        app.stop();
        ChaosSuite.mode(smtpDirectory, "normal");
        long restart = restart();
        Set<String> expected = newOutboxIds(before, draftEmails(20));
        long delivered = awaitDelivered(expected);
        report.add(new ChaosReport.Outcome("normal restart (SIGTERM) during the draft's emails to 20 agencies", made,
                client.cycleExists(cycleId, OFFICE, PASSWORD) ? made : 0, ledger.count(expected), 0, 0,
                "stopped after " + takenAtStop + " taken; up again in " + restart + " s; all sent " + delivered
                        + " s after"));
    }

    // --- shared by the scenarios ------------------------------------------------------------------------

    /** The emails a draft's completion writes for {@code agencies} invited: TASK_ASSIGNED and COMMENTS_OPEN each. */
    static int draftEmails(int agencies) {
        return 2 * agencies;
    }

    boolean startCycleAndCompleteDraft(String cycleId, List<String> invited) throws Exception {
        Map<String, Object> start = new LinkedHashMap<>(Map.of("cycleId", cycleId, "agencies",
                String.join(",", invited), "proposalsDue", "2018-10-31", "hearingDate", "2018-11-15",
                "committeeDate", "2018-11-22", "submissionDeadline", "2018-11-30"));
        if (!client.call("POST", "/api/cycles", OFFICE, PASSWORD, start).ok()) {
            return false;
        }
        ChaosClient.Task draft = await(() -> one(cycleId, "Task_PrepareDraft", OFFICE), Duration.ofSeconds(60));
        return client.complete(draft.id(), Map.of("draftSummary", "ร่างทดสอบ (chaos)"), OFFICE, PASSWORD).ok();
    }

    ChaosClient.Task one(String cycleId, String taskKeyAndMore, String user) throws IOException {
        List<ChaosClient.Task> tasks = client.tasks("processInstanceBusinessKey=" + cycleId + "&taskDefinitionKey="
                + taskKeyAndMore, user, PASSWORD);
        return tasks.size() == 1 ? tasks.get(0) : null;
    }

    Set<String> allOutboxIds() throws IOException {
        return new HashSet<>(client.outbox("", OFFICE, PASSWORD).keySet());
    }

    /** The outbox rows written since {@code before}, once there are at least {@code atLeast} of them. */
    Set<String> newOutboxIds(Set<String> before, int atLeast) throws Exception {
        Set<String> written = new HashSet<>();
        ChaosSuite.waitFor(Duration.ofSeconds(60), () -> {
            written.clear();
            written.addAll(unchecked(this::allOutboxIds));
            written.removeAll(before);
            return written.size() >= atLeast;
        });
        return written;
    }

    /** Waits until every expected row is SENT and taken by the server; returns the seconds it took. */
    long awaitDelivered(Set<String> expected) throws Exception {
        long t0 = System.nanoTime();
        Duration limit = Duration.parse("PT" + settings.lease().toUpperCase()).plusSeconds(150);
        ChaosSuite.waitFor(limit, () -> {
            Map<String, String> rows = unchecked(() -> client.outbox("", OFFICE, PASSWORD));
            return expected.stream().allMatch(id -> "SENT".equals(rows.get(id)))
                    && unchecked(ledger::copies).keySet().containsAll(expected);
        });
        Thread.sleep(2000);
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }

    long restart() throws Exception {
        long t0 = System.nanoTime();
        app.start();
        app.awaitHttp(client.base() + "/engine-rest/engine", Duration.ofMinutes(4));
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }

    int taken() {
        return unchecked(ledger::taken);
    }

    int threads() {
        return THREADS;
    }

    ChaosClient client() {
        return client;
    }

    ChaosProcess smtp() {
        return smtp;
    }

    MailLedger ledger() {
        return ledger;
    }

    ChaosReport report() {
        return report;
    }

    Path smtpDirectory() {
        return smtpDirectory;
    }

    List<String> agencies() {
        return agencies;
    }

    private void start() throws Exception {
        restart();
    }

    private List<String> agencyIds() throws IOException {
        List<String> ids = new ArrayList<>();
        client.json("/api/agencies", OFFICE, PASSWORD).forEach(agency -> ids.add(agency.get("id").asText()));
        return ids;
    }

    static <T> T await(IoSupplier<T> probe, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        for (T value = probe.get(); ; value = probe.get()) {
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nothing found within " + limit);
            }
            Thread.sleep(500);
        }
    }

    static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read that may fail on the wire. */
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
