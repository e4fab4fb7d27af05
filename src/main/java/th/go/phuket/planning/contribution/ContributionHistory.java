package th.go.phuket.planning.contribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.proposal.ProjectSlots;
import th.go.phuket.planning.task.DescribeTaskListener;

/**
 * Which variable writes keep a change record ({@code ACT_HI_DETAIL}, history level full): every value people and
 * decisions set (the agency's review and projects, the screening, everything on the cycle itself) keeps each of its
 * values, as before. Values the engine or the product derive or copy keep only their current value
 * ({@code ACT_HI_VARINST}, the engine's variable history), because their change record would only repeat a record
 * kept elsewhere:
 * <ul>
 * <li>the multi-instance counters ({@code loopCounter}, {@code nrOf…Instances}) and each contribution's
 * {@code agencyId} (set once; the activity instances record the same);</li>
 * <li>the due-date text of every task (the task's due date is in the task history) and the review form's project
 * slots and slot count (collected into {@code projects}, whose every value is kept);</li>
 * <li>in a contribution, the cycle's values passed in ({@code cycleId} … {@code screeningDueAt}; since cycle model
 * 1.3 only {@code cycleId} and {@code cycleTitle}) and the agency's name and category from the directory (the
 * cycle and the directory keep them).</li>
 * </ul>
 * Copies are skipped in contributions only: the same names on the cycle keep every change. A 67-agency cycle's work
 * writes about a quarter of the change records it did (each has 15 indexes) and 8 % fewer bytes to the database
 * ({@code docs/benchmarks.md}).
 */
@Component
public class ContributionHistory extends AbstractProcessEnginePlugin {

    static final Set<String> ENGINE_COUNTERS = Set.of(MultiInstanceActivityBehavior.LOOP_COUNTER,
            MultiInstanceActivityBehavior.NUMBER_OF_INSTANCES, MultiInstanceActivityBehavior.NUMBER_OF_ACTIVE_INSTANCES,
            MultiInstanceActivityBehavior.NUMBER_OF_COMPLETED_INSTANCES);
    static final Set<String> COPIED_INTO_CONTRIBUTION = Set.of(CycleProcess.VAR_CYCLE_ID,
            CycleProcess.VAR_CYCLE_TITLE, CycleProcess.VAR_PROVINCE, CycleProcess.VAR_FISCAL_YEAR,
            CycleProcess.VAR_PROPOSALS_DUE_AT, CycleProcess.VAR_SCREENING_DUE_AT,
            ContributionProcess.VAR_AGENCY_NAME_TH, ContributionProcess.VAR_AGENCY_CATEGORY);
    static final Set<String> DERIVED = derived();

    /**
     * Puts {@link Handler} where Camunda would put its database handler (before any custom handlers), unless the
     * configuration names a history event handler of its own or has the database handler switched off.
     */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventHandler() == null && configuration.isEnableDefaultDbHistoryEventHandler()) {
            List<HistoryEventHandler> handlers = new ArrayList<>(List.of(new Handler()));
            if (configuration.getCustomHistoryEventHandlers() != null) {
                handlers.addAll(configuration.getCustomHistoryEventHandlers());
            }
            configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
        }
    }

    /** Whether this variable write gets a change record of its own (the variable's history is always kept). */
    public static boolean keepsChangeRecord(HistoricVariableUpdateEventEntity write) {
        String name = write.getVariableName();
        if (ENGINE_COUNTERS.contains(name) || DERIVED.contains(name)
                || ContributionProcess.VAR_AGENCY_ID.equals(name)) {
            return false;
        }
        return !(COPIED_INTO_CONTRIBUTION.contains(name)
                && ContributionProcess.KEY.equals(write.getProcessDefinitionKey()));
    }

    private static Set<String> derived() {
        Set<String> names = new HashSet<>(ProjectSlots.allVariables());
        names.add(DescribeTaskListener.VAR_DUE_DATE_TEXT);
        return Set.copyOf(names);
    }

    /** Camunda's own database handler, asked {@link #keepsChangeRecord} before each change record. */
    public static class Handler extends DbHistoryEventHandler {
        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity write) {
            return super.shouldWriteHistoricDetail(write) && keepsChangeRecord(write);
        }
    }
}
