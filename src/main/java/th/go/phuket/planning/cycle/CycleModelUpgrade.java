package th.go.phuket.planning.cycle;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, a cycle of an earlier model version that is still at {@code Task_PrepareDraft} moves to the latest
 * version (same task, same variables): everything after the draft then runs as the current model says. Cycles
 * further on keep the version they started with, as Camunda keeps every version.
 *
 * <p>Why: model 1.1 moved the agencies' due-notice timers from each review (contribution 1.0) to the cycle's
 * {@code Call_AgencyContribution}. The call binds the latest contribution, so a 1.0 cycle drafted after the upgrade
 * would start 1.1 contributions without timers of its own and no agency would be reminded. Contributions already
 * running keep their 1.0 timers, which still send (see {@code reminder.DueNoticeDigest}).
 */
@Component
public class CycleModelUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(CycleModelUpgrade.class);

    private final ProcessEngine engine;

    public CycleModelUpgrade(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Before the demo cycle starter (order 100) and anything else that works on cycles. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void onReady() {
        int moved = moveDraftingCyclesToLatestModel();
        if (moved > 0) {
            LOG.info("{} cycle(s) still at {} moved to the latest model of {}", moved,
                    CycleProcess.TASK_PREPARE_DRAFT, CycleProcess.KEY);
        }
    }

    /** Returns how many cycles moved. A second node doing the same at once finds them moved, or fails and logs. */
    public int moveDraftingCyclesToLatestModel() {
        ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CycleProcess.KEY).latestVersion().singleResult();
        if (latest == null) {
            return 0;
        }
        RuntimeService runtime = engine.getRuntimeService();
        int moved = 0;
        for (ProcessDefinition older : engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CycleProcess.KEY).list()) {
            if (older.getVersion() >= latest.getVersion()) {
                continue;
            }
            ProcessInstanceQuery drafting = runtime.createProcessInstanceQuery().processDefinitionId(older.getId())
                    .activityIdIn(CycleProcess.TASK_PREPARE_DRAFT);
            long count = drafting.count();
            if (count == 0) {
                continue;
            }
            try {
                MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
                        .mapEqualActivities().build();
                runtime.newMigration(plan).processInstanceQuery(drafting).execute();
                moved += (int) count;
            } catch (ProcessEngineException e) {
                LOG.warn("Cycles of {} at {} stay on that version: {}", older.getId(),
                        CycleProcess.TASK_PREPARE_DRAFT, e.getMessage());
            }
        }
        return moved;
    }
}
