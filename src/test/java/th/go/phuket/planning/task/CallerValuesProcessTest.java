package th.go.phuket.planning.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A called process reads its caller's values as the calling execution sees them: the calling execution's own value
 * first, then each parent scope's up to the caller's process instance, as a contribution reads the cycle's due dates
 * from inside the cycle's parallel multi-instance call activity.
 */
class CallerValuesProcessTest {

    private static ProcessEngine engine;

    private ProcessInstance caller;

    @BeforeAll
    static void startEngine() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:caller-values;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();

        BpmnModelInstance parent = Bpmn.createExecutableProcess("callerParent")
                .startEvent()
                .callActivity("Call_Child").calledElement("calledChild")
                .camundaIn("agency", "agency")
                .multiInstance().parallel().camundaCollection("${agencies}").camundaElementVariable("agency")
                .multiInstanceDone()
                .endEvent()
                .done();
        BpmnModelInstance child = Bpmn.createExecutableProcess("calledChild")
                .startEvent()
                .userTask("Task_Child")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("caller-parent.bpmn", parent)
                .addModelInstance("called-child.bpmn", child)
                .deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startCaller() {
        // the caller's own process-wide "agency" is hidden, for each child, by its multi-instance element of that name
        caller = engine.getRuntimeService().startProcessInstanceByKey("callerParent", Map.of(
                "agencies", List.of("pkt_public_health", "lao_ppao"), "agency", "the caller's own",
                "dueAt", "2018-08-31"));
    }

    @Test
    void aChildReadsTheNearestScopeOfItsCallerFirst() {
        inCommand(context -> {
            for (ExecutionEntity child : children(context)) {
                String agency = (String) child.getVariable("agency");
                assertThat(CallerValues.ofCaller(child, "agency")).as("the calling execution's own value")
                        .isEqualTo(agency).isNotEqualTo("the caller's own");
                assertThat(CallerValues.ofCaller(child, "nrOfInstances")).as("the multi-instance body's value")
                        .isEqualTo(2);
                assertThat(CallerValues.ofCaller(child, "dueAt")).as("the caller's process-wide value")
                        .isEqualTo("2018-08-31");
                assertThat(CallerValues.value(child, "dueAt")).as("a child without a value of its own")
                        .isEqualTo("2018-08-31");
                assertThat(CallerValues.ofCaller(child, "noSuchValue")).isNull();
            }
            return null;
        });
    }

    @Test
    void aChildSeesWhatItsCallerChangedInTheSameTransaction() {
        inCommand(context -> {
            ExecutionEntity root = context.getExecutionManager().findExecutionById(caller.getId());
            root.setVariable("dueAt", "2018-09-03");
            root.setVariable("addedNow", 7);
            for (ExecutionEntity child : children(context)) {
                assertThat(CallerValues.ofCaller(child, "dueAt")).isEqualTo("2018-09-03");
                assertThat(CallerValues.ofCaller(child, "addedNow")).isEqualTo(7);
            }
            return null;
        });
    }

    @Test
    void aChildsOwnValueComesFirstAndAProcessNobodyCalledHasNoCaller() {
        inCommand(context -> {
            ExecutionEntity child = children(context).get(0);
            child.setVariableLocal("dueAt", "2018-08-24");
            assertThat(CallerValues.value(child, "dueAt")).isEqualTo("2018-08-24");
            assertThat(CallerValues.ofCaller(child, "dueAt")).isEqualTo("2018-08-31");
            // a value set to nothing on the calling execution hides the caller's, as getVariable would
            ExecutionEntity callingExecution = child.getSuperExecution();
            callingExecution.setVariableLocal("dueAt", null);
            assertThat(CallerValues.ofCaller(child, "dueAt")).isNull();
            ExecutionEntity root = context.getExecutionManager().findExecutionById(caller.getId());
            assertThat(CallerValues.ofCaller(root, "dueAt")).isNull();
            assertThat(CallerValues.ofCaller(null, "dueAt")).isNull();
            return null;
        });
    }

    private List<ExecutionEntity> children(CommandContext context) {
        List<ExecutionEntity> children = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).list().stream()
                .map(instance -> context.getExecutionManager().findExecutionById(instance.getId()))
                .toList();
        assertThat(children).hasSize(2);
        return children;
    }

    private void inCommand(Function<CommandContext, Void> body) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(body::apply);
    }
}
