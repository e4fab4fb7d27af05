package th.go.phuket.planning.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleTaskInputRules;

/**
 * The listener in a real engine: a refused completion leaves the task open and stores none of the values, whether it
 * comes through the task service (engine REST) or the form service (Tasklist's Camunda Forms).
 */
class ValidateTaskInputListenerProcessTest {

    private static final String PROCESS_KEY = "taskInputCheck";
    private static ProcessEngine engine;

    private ProcessInstance instance;

    @BeforeAll
    static void startEngine() {
        var listener = new ValidateTaskInputListener(
                new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules())));
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:validate-task-input;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of("validateTaskInputListener", listener));
        engine = configuration.buildProcessEngine();

        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .startEvent()
                .userTask(TASK_SUMMARISE_HEARING)
                .camundaTaskListenerDelegateExpression("complete", "${validateTaskInputListener}")
                .userTask(TASK_REVISE_PLAN)
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance("task-input-check.bpmn", model).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startInstance() {
        instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
    }

    @Test
    void refusedCompletionKeepsTheTaskOpenAndStoresNothing() {
        Task task = currentTask();

        var failure = catchThrowableOfType(ProcessEngineException.class, () -> engine.getTaskService()
                .complete(task.getId(), Map.of(VAR_HEARING_SUMMARY, "เห็นด้วยกับร่าง", VAR_ATTENDEE_COUNT, -1)));

        assertThat(TaskInputInvalidException.findIn(failure)).get()
                .extracting(TaskInputInvalidException::fieldErrors).asInstanceOf(MAP)
                .containsOnlyKeys(VAR_ATTENDEE_COUNT);
        assertThat(failure).hasMessageContaining("จำนวนผู้เข้าร่วมต้องอยู่ระหว่าง 0 ถึง 100000 "
                        + "(attendeeCount must be between 0 and 100000, got -1)");
        assertThat(currentTask().getId()).isEqualTo(task.getId());
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .doesNotContainKeys(VAR_HEARING_SUMMARY, VAR_ATTENDEE_COUNT);
    }

    @Test
    void refusedFormSubmissionKeepsTheTaskOpen() {
        Task task = currentTask();

        var failure = catchThrowableOfType(ProcessEngineException.class, () -> engine.getFormService()
                .submitTaskForm(task.getId(), Map.of(VAR_ATTENDEE_COUNT, 12)));

        assertThat(failure).hasMessageContaining("(hearingSummary is required)");
        assertThat(currentTask().getTaskDefinitionKey()).isEqualTo(TASK_SUMMARISE_HEARING);
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey(VAR_ATTENDEE_COUNT);
    }

    @Test
    void goodInputCompletesTheTaskAndACountSentAsTextIsStoredAsInteger() {
        engine.getTaskService().complete(currentTask().getId(),
                Map.of(VAR_HEARING_SUMMARY, "ที่ประชุมเห็นด้วยกับร่างแผน", VAR_ATTENDEE_COUNT, "85"));

        assertThat(currentTask().getTaskDefinitionKey()).isEqualTo(TASK_REVISE_PLAN);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), VAR_ATTENDEE_COUNT)).isEqualTo(85);
    }

    private Task currentTask() {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
