package th.go.phuket.planning.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import th.go.phuket.planning.ProcessTestEngine;

/**
 * Several "nodes" of the hearing on one database, each with its own engine (or its own transactions): comments and
 * reports of one client arriving at the same moment through all of them. Used on H2 and on PostgreSQL.
 */
final class HearingNodes {

    static final String CYCLE = "nodes-2563";
    static final String CLIENT = "198.51.100.77";

    /** One node's services over its engine. */
    record Node(HearingDb db, HearingStore hearings, CommentIntake intake, CommentReports reports,
                CommentStore comments, ClientKeys keys) {

        static Node on(ProcessEngine engine) {
            HearingDb db = new HearingDb(() -> (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
            HearingStore hearings = new HearingStore(db);
            CommentStore comments = new CommentStore(db);
            ClientKeys keys = new ClientKeys(db);
            HearingSettings settings = HearingSettings.defaults();
            CommentIntake intake = new CommentIntake(db, hearings, comments, keys,
                    new CommentRules(Districts.of(ProcessTestEngine.DIRECTORY.all())), settings,
                    new CycleHearingDates(db, engine::getHistoryService));
            return new Node(db, hearings, intake, new CommentReports(db, comments, keys, settings), comments, keys);
        }
    }

    private HearingNodes() {
    }

    /** Opens {@link #CYCLE}'s comments (as {@code Task_OpenComments} does), far from closing. */
    static void openHearing(Node node) {
        Instant now = Instant.now();
        node.hearings().open(new Hearing(CYCLE, "none", "รอบทดสอบหลายเครื่อง", "ร่าง", LocalDate.now().plusDays(30),
                null, now.minusSeconds(60), Hearing.closingOf(LocalDate.now().plusDays(30)), null, null));
        node.hearings().addItems(CYCLE, List.of(new HearingItem(HearingItem.GENERAL, HearingItem.KIND_GENERAL,
                "ภาพรวมของแผน", null)), now);
    }

    /**
     * Ten comments of one client, all released at once, spread over the nodes: exactly the rate limit (5) are
     * stored, the others wait with a Retry-After.
     */
    static void tenCommentsAtOnceFromOneClient(List<Node> nodes) throws Exception {
        int before = nodes.get(0).comments().counts(CYCLE).get("visible");
        List<CommentOutcome> outcomes = atOnce(10, i -> () -> nodes.get(i % nodes.size()).intake().post(CYCLE,
                new CommentInput("general", "ความเห็นพร้อมกันหมายเลข " + i + " เรื่องระบบขนส่งสาธารณะ", "citizen", null,
                        null, null, null, null), CLIENT));

        assertThat(outcomes).filteredOn(CommentOutcome.Accepted.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(CommentOutcome.TooMany.class::isInstance).hasSize(5)
                .allSatisfy(outcome -> assertThat(((CommentOutcome.TooMany) outcome).retryAfterSeconds())
                        .isBetween(1L, 601L));
        assertThat(nodes.get(0).comments().counts(CYCLE).get("visible")).isEqualTo(before + 5);
    }

    /**
     * While one node checks a client (holding the client's row lock in its transaction), another node's comment of
     * the same client waits, and goes on once the first commits: the check and the store of one client never
     * interleave, on one node or two.
     */
    static void aSecondNodeWaitsWhileTheFirstChecksTheSameClient(List<Node> nodes) throws Exception {
        Node first = nodes.get(0);
        Node second = nodes.get(nodes.size() - 1);
        String client = "198.51.100.99";
        String key = first.keys().of(client);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> first.db().inTransaction(jdbc -> {
                first.comments().lockClient(key, Instant.now());
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            locked.await();
            Future<CommentOutcome> waiting = pool.submit(() -> second.intake().post(CYCLE, new CommentInput("general",
                    "ความเห็นที่ต้องรอให้อีกเครื่องตรวจเสร็จก่อน", "citizen", null, null, null, null, null), client));
            Thread.sleep(700);
            assertThat(waiting.isDone()).as("the second node waits for the client's lock").isFalse();
            release.countDown();
            holder.get();
            assertThat(waiting.get()).isInstanceOf(CommentOutcome.Accepted.class);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Six clients report one comment at the same moment through the nodes: it is hidden once, by the third. */
    static void reportsAtOnceHideTheCommentOnce(List<Node> nodes) throws Exception {
        String commentId = ((CommentOutcome.Accepted) nodes.get(0).intake().post(CYCLE, new CommentInput("general",
                "ความเห็นที่จะมีผู้แจ้งพร้อมกันหลายคน", "other", null, null, null, null, null), "198.51.100.88"))
                .commentId();

        List<CommentReports.Outcome> outcomes = atOnce(6, i -> () -> nodes.get(i % nodes.size()).reports()
                .report(commentId, "spam", "203.0.113." + (10 + i)));

        assertThat(outcomes).filteredOn(CommentReports.Outcome::hidden).hasSize(1);
        assertThat(nodes.get(1).comments().find(commentId).orElseThrow().status()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(nodes.get(0).comments().openReports(commentId)).isEqualTo(6);
    }

    interface Task<T> {
        Callable<T> of(int index);
    }

    private static <T> List<T> atOnce(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = task.of(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The product's tables from {@code schema.sql}, as the app creates them at start-up. */
    static void createProductTables(java.sql.Connection connection) throws Exception {
        try (InputStream in = HearingNodes.class.getResourceAsStream("/schema.sql");
             java.sql.Statement statement = connection.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
