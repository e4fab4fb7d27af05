package th.go.phuket.planning.dashboard;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.support.Messages;

/**
 * The steps of a cycle as managers name them, each tied to the activity of {@code planReviewCycle} that carries it
 * and to the variable holding its due date-time. Names come from {@code messages.properties}
 * ({@code dashboard.phase.<key>} in Thai, {@code dashboard.phase.<key>.en} in English).
 */
public enum CyclePhase {

    PREPARE_DRAFT("prepare_draft", CycleProcess.TASK_PREPARE_DRAFT, CycleProcess.VAR_DRAFT_DUE_AT),
    AGENCY_CONTRIBUTIONS("agency_contributions", CycleProcess.CALL_AGENCY_CONTRIBUTION,
            CycleProcess.VAR_PROPOSALS_DUE_AT),
    CONSOLIDATE_DRAFT("consolidate_draft", CycleProcess.TASK_CONSOLIDATE_DRAFT, CycleProcess.VAR_CONSOLIDATION_DUE_AT),
    PREPARE_HEARING("prepare_hearing", CycleProcess.TASK_PREPARE_HEARING, CycleProcess.VAR_HEARING_PREP_DUE_AT),
    SUMMARISE_HEARING("summarise_hearing", CycleProcess.TASK_SUMMARISE_HEARING,
            CycleProcess.VAR_HEARING_SUMMARY_DUE_AT),
    REVISE_PLAN("revise_plan", CycleProcess.TASK_REVISE_PLAN, CycleProcess.VAR_REVISION_DUE_AT),
    COMMITTEE_DECISION("committee_decision", CycleProcess.TASK_COMMITTEE_DECISION, CycleProcess.VAR_COMMITTEE_DUE_AT),
    SUBMIT_PLAN("submit_plan", CycleProcess.TASK_SUBMIT_PLAN, CycleProcess.VAR_SUBMISSION_DUE_AT),
    /** The cycle ended with the plan sent. */
    SUBMITTED("submitted", CycleProcess.END, null),
    /** The cycle was cancelled (deleted in Cockpit) before the plan was sent. */
    CANCELLED("cancelled", null, null),
    /** Running, but at no step above (e.g. between two steps while a job runs). */
    IN_TRANSIT("in_transit", null, null);

    /** Suffix Camunda gives the body of a multi-instance activity in its activity instances. */
    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final String key;
    private final String activityId;
    private final String dueVariable;

    CyclePhase(String key, String activityId, String dueVariable) {
        this.key = key;
        this.activityId = activityId;
        this.dueVariable = dueVariable;
    }

    /** The phase whose activity is {@code activityId}; the multi-instance body counts as its activity. */
    public static Optional<CyclePhase> ofActivity(String activityId) {
        if (activityId == null) {
            return Optional.empty();
        }
        String id = activityId.endsWith(MULTI_INSTANCE_BODY)
                ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
        return Arrays.stream(values()).filter(phase -> id.equals(phase.activityId)).findFirst();
    }

    public String key() {
        return key;
    }

    public String activityId() {
        return activityId;
    }

    /** Name of the cycle variable holding this phase's due date-time, or {@code null}. */
    public String dueVariable() {
        return dueVariable;
    }

    public String nameTh() {
        return Messages.get("dashboard.phase." + key);
    }

    public String nameEn() {
        return Messages.get("dashboard.phase." + key + ".en");
    }
}
