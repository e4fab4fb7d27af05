package th.go.phuket.planning.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.proposal.ProjectSlots;
import th.go.phuket.planning.task.DescribeTaskListener;

/**
 * Which variable writes keep a change record ({@code ACT_HI_DETAIL}): the agency's projects and the screening keep
 * every value they had; what the cycle copies into a contribution, the directory's values, the due-date text and
 * the form's slot count keep only their current value (still in the variable history); the cycle's own variables
 * keep every value.
 */
@Deployment(resources = {ContributionProcess.RESOURCE, ContributionProcess.DECISION_RESOURCE})
class ContributionHistoryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private ProcessEngine engine;
    private String ownDeployment;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        init(engine);
        ProcessTestEngine.prepare(engine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        if (ownDeployment != null) {
            // the engine is shared by every engine-only test class: leave no instance of the model behind
            engine.getRepositoryService().deleteDeployment(ownDeployment, true);
        }
    }

    @Test
    void aReturnedProposalKeepsBothListsOfProjectsAndNoRecordOfTheCopies() {
        ProcessInstance contribution = startContribution();
        complete(Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                VAR_PROJECTS, List.of(Map.of("title", "ศูนย์ข้อมูลกีฬา", "budgetBaht", 900000,
                        "alignment", List.of("PKT-S2", "NS6")))));
        complete(Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED, VAR_SCREENING_NOTE, "กรุณาแยกงบประมาณ"));
        complete(Map.of(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED,
                VAR_PROJECTS, List.of(Map.of("title", "ศูนย์ข้อมูลกีฬาจังหวัด", "budgetBaht", 800000,
                        "alignment", List.of("PKT-S2", "NS6")))));

        Map<String, List<String>> records = changeRecords(contribution.getId());
        // a list sent over the API is recorded as sent and as the listener stored it (two records per round)
        assertThat(records.get(VAR_PROJECTS)).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(first -> assertThat(first).contains("900000"))
                .last().asString().contains("ศูนย์ข้อมูลกีฬาจังหวัด").contains("800000");
        assertThat(records).containsKeys(VAR_REVIEW_OUTCOME, VAR_SCREENING_DECISION, VAR_SCREENING_NOTE,
                VAR_SCREENING_SUGGESTION, VAR_PROJECT_SCREENING);
        assertThat(records).doesNotContainKeys(CycleProcess.VAR_CYCLE_ID, CycleProcess.VAR_CYCLE_TITLE,
                CycleProcess.VAR_PROVINCE, CycleProcess.VAR_FISCAL_YEAR, CycleProcess.VAR_PROPOSALS_DUE_AT,
                CycleProcess.VAR_SCREENING_DUE_AT, VAR_AGENCY_ID, VAR_AGENCY_NAME_TH, VAR_AGENCY_CATEGORY,
                DescribeTaskListener.VAR_DUE_DATE_TEXT, ProjectSlots.VAR_PROJECT_COUNT);

        // their values are still in the variable history
        Map<String, Object> history = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contribution.getId())
                .list().forEach(variable -> history.put(variable.getName(), variable.getValue()));
        assertThat(history).containsEntry(CycleProcess.VAR_CYCLE_ID, "phuket-2563")
                .containsEntry(CycleProcess.VAR_PROVINCE, "ภูเก็ต")
                .containsEntry(VAR_AGENCY_ID, "pkt_tourism_sports")
                .containsKeys(VAR_AGENCY_NAME_TH, DescribeTaskListener.VAR_DUE_DATE_TEXT);
    }

    @Test
    void aProcessOtherThanTheContributionKeepsEveryValueOfTheSameNames() {
        ownDeployment = engine.getRepositoryService().createDeployment().addModelInstance("cycle-like.bpmn",
                Bpmn.createExecutableProcess("cycleLike").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Wait").endEvent().done()).deploy().getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleProcess.VAR_CYCLE_ID, "phuket-2563");
        variables.put(CycleProcess.VAR_PROPOSALS_DUE_AT, ContributionStart.due("2018-08-31"));
        variables.put(ContributionHistory.ENGINE_COUNTERS.iterator().next(), 1);
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey("cycleLike", variables);
        engine.getRuntimeService().setVariable(cycle.getId(), CycleProcess.VAR_PROPOSALS_DUE_AT, ContributionStart.due("2018-09-03"));

        Map<String, List<String>> records = changeRecords(cycle.getId());
        assertThat(records.get(CycleProcess.VAR_CYCLE_ID)).hasSize(1);
        assertThat(records.get(CycleProcess.VAR_PROPOSALS_DUE_AT)).hasSize(2);
        assertThat(records).doesNotContainKeys(ContributionHistory.ENGINE_COUNTERS.toArray(String[]::new));
    }

    @Test
    void leavesAHandlerTheConfigurationNamesAndKeepsCustomHandlersAfterItsOwn() {
        HistoryEventHandler own = new DbHistoryEventHandler();
        var named = new StandaloneInMemProcessEngineConfiguration();
        named.setHistoryEventHandler(own);
        new ContributionHistory().preInit(named);
        assertThat(named.getHistoryEventHandler()).isSameAs(own);

        var withCustom = new StandaloneInMemProcessEngineConfiguration();
        withCustom.setCustomHistoryEventHandlers(List.of(own));
        new ContributionHistory().preInit(withCustom);
        assertThat(withCustom.getHistoryEventHandler()).isInstanceOf(CompositeHistoryEventHandler.class);

        var dbOff = new StandaloneInMemProcessEngineConfiguration();
        dbOff.setEnableDefaultDbHistoryEventHandler(false);
        new ContributionHistory().preInit(dbOff);
        assertThat(dbOff.getHistoryEventHandler()).isNull();
    }

    private ProcessInstance startContribution() {
        Map<String, Object> variables = ContributionStart.variables("pkt_tourism_sports");
        variables.put(CycleProcess.VAR_CYCLE_TITLE, "ทบทวนแผนพัฒนาจังหวัดภูเก็ต");
        variables.put(CycleProcess.VAR_PROVINCE, "ภูเก็ต");
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "phuket-2563", variables);
    }

    private void complete(Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** Each variable's change records in the order written, as text. */
    private Map<String, List<String>> changeRecords(String processInstanceId) {
        Map<String, List<String>> records = new HashMap<>();
        engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .forEach(update -> records.computeIfAbsent(update.getVariableName(), name -> new ArrayList<>())
                        .add(String.valueOf(update.getValue())));
        return records;
    }

}
