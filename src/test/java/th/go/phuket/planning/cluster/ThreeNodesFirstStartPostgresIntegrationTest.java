package th.go.phuket.planning.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.PlanningApplication;
import th.go.phuket.planning.PostgresTestDatabase;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.security.TasklistFilterSeeder;

/**
 * Three nodes of the production profile started at the same moment on one empty PostgreSQL database, as an operator
 * starting a cluster for the first time does: all three come up, the engine's schema and the product's tables are
 * created once, the seeding (groups, rights, filters, the process models, holidays) is there once, and each node
 * serves requests. No SMTP server is needed: nothing is mailed.
 */
class ThreeNodesFirstStartPostgresIntegrationTest {

    private static final String ADMIN_PASSWORD = "Three-nodes-at-once!";
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static final List<Throwable> FAILURES = new ArrayList<>();

    @BeforeAll
    static void startThreeNodesAtOnce() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        CountDownLatch ready = new CountDownLatch(3);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (String name : List.of("node-1", "node-2", "node-3")) {
            starts.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return node(name, database);
            }));
        }
        ready.await();
        go.countDown();
        for (Future<ConfigurableApplicationContext> start : starts) {
            try {
                NODES.add(start.get(10, TimeUnit.MINUTES));
            } catch (java.util.concurrent.ExecutionException e) {
                FAILURES.add(e.getCause());
            }
        }
        pool.shutdown();
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext node(String name, PostgresTestDatabase database) {
        return new SpringApplicationBuilder(PlanningApplication.class).profiles("postgres")
                .listeners(new OneLoggingSetUpAtATime())
                .run("--server.port=0", "--DB_URL=" + database.url(), "--DB_USER=" + database.user(),
                        "--DB_PASSWORD=" + database.password(), "--SMTP_HOST=127.0.0.1", "--SMTP_PORT=9",
                        "--MAIL_STRATEGY_OFFICE=strategy-office@phuket.example", "--MAIL_MANAGERS=managers@phuket.example",
                        "--MAIL_COMMITTEE=committee@phuket.example",
                        "--ADMIN_PASSWORD=" + ADMIN_PASSWORD, "--DB_POOL_SIZE=6",
                        "--spring.application.name=" + name,
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        // nothing to run: keep the three job executors from competing with the assertions
                        "--camunda.bpm.job-execution.enabled=false");
    }

    /**
     * Spring Boot sets up logging in static state shared by every application of a JVM, which is not made for
     * several applications starting in one JVM at the same instant (a {@code ConcurrentModificationException} in
     * {@code LoggingApplicationListener}); real nodes are separate JVMs. So the few milliseconds up to the context's
     * creation run one node at a time; everything that touches the database (from the data source on) runs at once.
     */
    private static final class OneLoggingSetUpAtATime implements ApplicationListener<ApplicationEvent>, Ordered {

        private static final ReentrantLock SET_UP = new ReentrantLock();

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent) {
                SET_UP.lock();
            } else if ((event instanceof ApplicationContextInitializedEvent || event instanceof ApplicationFailedEvent)
                    && SET_UP.isHeldByCurrentThread()) {
                SET_UP.unlock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Test
    void threeNodesStartedAtOnceOnAnEmptyDatabaseAllComeUp() throws Exception {
        assertThat(FAILURES).as("nodes that failed to start").isEmpty();
        assertThat(NODES).hasSize(3);
        List<Duration> waits = NODES.stream().map(node -> node.getBean(FirstStartLock.class).waited()).toList();
        System.out.println("waited for the start-up lock: " + waits);
        assertThat(NODES).allSatisfy(node -> assertThat(node.getBean(FirstStartLock.class).held())
                .as("lock released after start-up").isFalse());

        JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property where name_ = 'schema.version'",
                Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Long.class))
                .as("the process models deployed once").isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = ?", Long.class,
                CycleProcess.KEY)).isOne();
        assertThat(jdbc.queryForList("select name_ from act_ru_filter", String.class))
                .as("each Tasklist filter once").containsExactlyInAnyOrder(TasklistFilterSeeder.TO_DO,
                        TasklistFilterSeeder.MY_TASKS, TasklistFilterSeeder.GROUP_TASKS,
                        TasklistFilterSeeder.CYCLE_TASKS, TasklistFilterSeeder.OVERDUE_TASKS);
        assertThat(jdbc.queryForObject("select count(*) from pc_holiday", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from pc_holiday_seeded", Long.class))
                .isEqualTo(225);

        ProcessEngine engine = NODES.get(2).getBean(ProcessEngine.class);
        assertThat(engine.getIdentityService().checkPassword("admin", ADMIN_PASSWORD)).isTrue();
        for (ConfigurableApplicationContext node : NODES) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            HttpResponse<String> agencies = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/agencies"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(agencies.statusCode()).as("GET /api/agencies on port " + port).isEqualTo(200);
            assertThat(agencies.body()).contains("pkt_public_health");
        }
    }
}
