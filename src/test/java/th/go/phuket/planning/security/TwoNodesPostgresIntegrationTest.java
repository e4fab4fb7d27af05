package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.go.phuket.planning.PlanningApplication;
import th.go.phuket.planning.PostgresTestDatabase;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleStartRefusedException;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * Two app nodes (two Spring contexts on their own ports) on one fresh PostgreSQL database, each with its job
 * executor: both start the same cycle at the same moment and exactly one wins; then sixty agencies complete at once
 * through both nodes, every agency is counted once, the cycle moves on once and no job is left failed or stuck.
 * Every email of the cycle is in the outbox once and reaches the SMTP server once.
 */
class TwoNodesPostgresIntegrationTest {

    private static final int AGENCIES = 60;
    private static final int THREADS = 8;
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        SMTP.start();
        nodeA = node("node-a", database);
        nodeB = node("node-b", database);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        SMTP.stop();
    }

    private static ConfigurableApplicationContext node(String name, PostgresTestDatabase database) {
        return new SpringApplicationBuilder(PlanningApplication.class).profiles(ProductionSettingsCheck.PROFILE)
                .run("--server.port=0", "--DB_URL=" + database.url(), "--DB_USER=" + database.user(),
                        "--DB_PASSWORD=" + database.password(), "--SMTP_HOST=127.0.0.1",
                        "--SMTP_PORT=" + SMTP.getSmtp().getPort(), "--SMTP_STARTTLS=false",
                        "--MAIL_STRATEGY_OFFICE=strategy-office@phuket.example", "--MAIL_MANAGERS=managers@phuket.example",
                        "--MAIL_COMMITTEE=committee@phuket.example",
                        "--ADMIN_PASSWORD=" + PostgresProductionIntegrationTest.ADMIN_PASSWORD,
                        "--spring.application.name=" + name,
                        // the job log names the node that ran each job
                        "--camunda.bpm.generic-properties.properties.hostname=" + name);
    }

    private static ProcessEngine engine(ConfigurableApplicationContext node) {
        return node.getBean(ProcessEngine.class);
    }

    @Test
    void twoNodesShareOneCycleWithoutLosingOrRepeatingWork() throws Exception {
        List<String> agencies = nodeA.getBean(AgencyDirectory.class).ids().subList(0, AGENCIES);
        String cycle = "two-nodes-" + Long.toString(System.nanoTime(), 36);

        List<Object> starts = bothAtOnce(node -> engine(node).getRuntimeService().startProcessInstanceByKey(
                CycleProcess.KEY, cycle, PostgresProductionIntegrationTest.plannedAhead(agencies)).getId());
        assertThat(starts).filteredOn(String.class::isInstance).as("starts that succeeded").hasSize(1);
        assertThat(starts).filteredOn(CycleStartRefusedException.class::isInstance).as("refused starts").hasSize(1)
                .allSatisfy(refusal -> assertThat(((CycleStartRefusedException) refusal).duplicate()).isTrue());
        String instance = (String) starts.stream().filter(String.class::isInstance).findFirst().orElseThrow();
        assertThat(engine(nodeB).getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(cycle)
                .processDefinitionKey(CycleProcess.KEY).count()).isOne();

        CycleWalk.complete(engine(nodeA), CycleWalk.onlyTask(engine(nodeA), cycle, CycleProcess.TASK_PREPARE_DRAFT));
        assertThat(completeThroughBothNodes(cycle, ContributionProcess.TASK_AGENCY_REVIEW)).isEmpty();
        await().atMost(Duration.ofMinutes(3)).until(() -> engine(nodeA).getTaskService().createTaskQuery()
                .processInstanceBusinessKey(cycle).taskDefinitionKey(ContributionProcess.TASK_SCREEN_PROPOSAL)
                .count() == AGENCIES);
        assertThat(completeThroughBothNodes(cycle, ContributionProcess.TASK_SCREEN_PROPOSAL)).isEmpty();

        ProcessEngine engine = engine(nodeB);
        await().atMost(Duration.ofMinutes(3)).until(() -> CycleWalk.onlyTask(engine, cycle,
                CycleProcess.TASK_CONSOLIDATE_DRAFT) != null);
        var history = engine.getHistoryService();
        assertThat(history.createHistoricActivityInstanceQuery().activityId(CycleProcess.TASK_CONSOLIDATE_DRAFT)
                .processInstanceId(instance).count()).as("consolidation entered once").isOne();
        assertThat(history.createHistoricActivityInstanceQuery().activityId(CycleProcess.CALL_AGENCY_CONTRIBUTION)
                .processInstanceId(instance).activityType("callActivity").finished().count())
                .as("contributions counted").isEqualTo(AGENCIES);
        List<Object> counted = history.createHistoricVariableInstanceQuery().variableName("agencyId")
                .processDefinitionKey(ContributionProcess.KEY).list().stream()
                .filter(variable -> cycle.equals(businessKeyOf(engine, variable)))
                .map(HistoricVariableInstance::getValue).toList();
        assertThat(counted).as("every agency once").hasSize(AGENCIES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(agencies);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(engine.getManagementService()
                .createJobQuery().executable().count()).as("jobs left to run").isZero());
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from pc_outbox where cycle_id = ? and status <> 'SENT'", Long.class, cycle))
                .as("emails not sent yet").isZero());
        List<String> sent = jdbc.queryForList("select idempotency_key from pc_outbox where cycle_id = ?", String.class,
                cycle);
        assertThat(sent).as("emails of the cycle").hasSizeGreaterThanOrEqualTo(AGENCIES).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from pc_outbox where cycle_id = ? and kind = 'TASK_ASSIGNED'",
                Long.class, cycle)).as("a new-task email per agency review").isGreaterThanOrEqualTo(AGENCIES);
        // GreenMail keeps one copy per recipient; a second send of the same email would carry a new Message-ID
        long delivered = java.util.Arrays.stream(SMTP.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
        assertThat(delivered).as("each email delivered once").isEqualTo(sent.size());
        System.out.println("jobs run per node: " + history.createHistoricJobLogQuery().successLog().list().stream()
                .collect(java.util.stream.Collectors.groupingBy(log -> log.getHostname(),
                        java.util.stream.Collectors.counting())));
    }

    private static String businessKeyOf(ProcessEngine engine, HistoricVariableInstance variable) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(variable.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    /** Runs the same work on both nodes, released at the same moment; returns each result or failure. */
    private static List<Object> bothAtOnce(java.util.function.Function<ConfigurableApplicationContext, Object> work)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return work.apply(node);
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        return outcomes;
    }

    /** Completes every open task of the key, alternating nodes, from several threads at once; returns failures. */
    private static List<Throwable> completeThroughBothNodes(String cycle, String taskKey) throws InterruptedException {
        List<Task> tasks = engine(nodeA).getTaskService().createTaskQuery().processInstanceBusinessKey(cycle)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).hasSize(AGENCIES);
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            ProcessEngine engine = engine(i % 2 == 0 ? nodeA : nodeB);
            work.add(() -> {
                CycleWalk.complete(engine, task);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Throwable> failures = new ArrayList<>();
        for (Future<Void> result : pool.invokeAll(work)) {
            try {
                result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        return failures;
    }
}
