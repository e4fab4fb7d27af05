package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.contribution.ContributionProcess;

/**
 * Sixty agencies finishing at the same moment: every completion is a user's request, so none may fail with an
 * OptimisticLockingException, every agency is counted once and the cycle moves on exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "planning.demo.cycle=false"})
class AgencyConcurrencyIntegrationTest {

    private static final String CYCLE = "phuket-2563-load";
    private static final int AGENCIES = 60;
    private static final int THREADS = 8;

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired AgencyDirectory directory;

    @Test
    void sixtyAgenciesCompletingFromEightThreadsAreEachCountedOnceAndTheCycleMovesOnOnce() throws Exception {
        List<String> agencies = directory.ids().subList(0, AGENCIES);
        String processInstanceId = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, CYCLE,
                Map.of(CycleProcess.VAR_AGENCIES, String.join(",", agencies))).getId();
        Task draft = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));

        List<Throwable> userErrors = new ArrayList<>();
        userErrors.addAll(completeAllAtOnce(ContributionProcess.TASK_AGENCY_REVIEW));
        userErrors.addAll(completeAllAtOnce(ContributionProcess.TASK_SCREEN_PROPOSAL));
        assertThat(userErrors).as("errors seen by users").isEmpty();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(CycleProcess.TASK_CONSOLIDATE_DRAFT).count())
                .isOne());
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(CycleProcess.TASK_CONSOLIDATE_DRAFT).count()).as("consolidation entered once").isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                .completed().count()).as("contributions completed").isEqualTo(AGENCIES);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(CYCLE)
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).finished().count()).isEqualTo(AGENCIES);
        assertThat(managementService.createJobQuery().withException().count()).as("failed jobs").isZero();
        assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
    }

    private List<Throwable> completeAllAtOnce(String taskKey) throws InterruptedException {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(CYCLE).taskDefinitionKey(taskKey)
                .list();
        assertThat(tasks).hasSize(AGENCIES);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> work = tasks.stream().<Callable<Void>>map(task -> () -> {
            taskService.complete(task.getId(), CycleWalk.goodValues(taskKey));
            return null;
        }).toList();
        List<Throwable> errors = new ArrayList<>();
        for (Future<Void> result : pool.invokeAll(work)) {
            try {
                result.get();
            } catch (Exception e) {
                errors.add(e.getCause());
            }
        }
        pool.shutdown();
        return errors;
    }
}
