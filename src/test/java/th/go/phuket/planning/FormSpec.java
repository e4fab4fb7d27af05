package th.go.phuket.planning;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.hearing.SummaryTaskCounts;
import th.go.phuket.planning.letter.LetterProcess;
import th.go.phuket.planning.proposal.ProjectSlots;

/**
 * What each Camunda Form must hold, from the SPEC's user-task table: the variables it submits, which of them the
 * browser requires, the codes of its choices, and the context it shows (template variables in its text views).
 */
record FormSpec(String name, String taskKey, List<String> keys, Set<String> required,
                Map<String, List<String>> choices, List<String> context) {

    static final String DIRECTORY = "bpmn";
    static final String START_FORM = "start-cycle";

    private static final List<String> CYCLE = List.of(VAR_CYCLE_TITLE, VAR_CYCLE_ID, "dueDateText");
    private static final List<String> AGENCY = List.of(VAR_CYCLE_TITLE, VAR_CYCLE_ID, "dueDateText", VAR_AGENCY_NAME_TH);

    static final List<FormSpec> ALL = List.of(
            new FormSpec(START_FORM, null,
                    // the deadline first: the other values follow from it
                    List.of(VAR_SUBMISSION_DEADLINE, VAR_CYCLE_ID, VAR_PROVINCE, VAR_PLAN_PERIOD, VAR_FISCAL_YEAR,
                            VAR_PROPOSALS_DUE, VAR_HEARING_DATE, VAR_COMMITTEE_DATE, VAR_AGENCIES,
                            CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS),
                    Set.of(), Map.of(), List.of()),
            new FormSpec("prepare-draft", TASK_PREPARE_DRAFT, List.of(VAR_DRAFT_SUMMARY), Set.of(VAR_DRAFT_SUMMARY),
                    Map.of(), CYCLE),
            new FormSpec("agency-review", TASK_AGENCY_REVIEW,
                    List.of(VAR_REVIEW_OUTCOME, VAR_REVIEW_COMMENTS, ProjectSlots.VAR_PROJECT_COUNT),
                    Set.of(VAR_REVIEW_OUTCOME),
                    Map.of(VAR_REVIEW_OUTCOME, List.of(OUTCOME_NO_CHANGE, OUTCOME_CHANGES_PROPOSED)),
                    plus(AGENCY, VAR_SCREENING_NOTE)),
            new FormSpec("screen-proposal", TASK_SCREEN_PROPOSAL, List.of(VAR_SCREENING_DECISION, VAR_SCREENING_NOTE),
                    Set.of(VAR_SCREENING_DECISION, VAR_SCREENING_NOTE),
                    Map.of(VAR_SCREENING_DECISION, List.of(SCREENING_ACCEPTED, SCREENING_RETURNED)),
                    plus(AGENCY, VAR_REVIEW_OUTCOME, VAR_REVIEW_COMMENTS)),
            new FormSpec("consolidate-draft", TASK_CONSOLIDATE_DRAFT, List.of(VAR_CONSOLIDATION_NOTE), Set.of(),
                    Map.of(), plus(CYCLE, VAR_DRAFT_SUMMARY)),
            new FormSpec("prepare-hearing", TASK_PREPARE_HEARING,
                    List.of(VAR_HEARING_DATE, VAR_HEARING_VENUE, VAR_HEARING_TIME),
                    Set.of(VAR_HEARING_DATE, VAR_HEARING_VENUE), Map.of(), CYCLE),
            new FormSpec("summarise-hearing", TASK_SUMMARISE_HEARING, List.of(VAR_HEARING_SUMMARY, VAR_ATTENDEE_COUNT),
                    Set.of(VAR_HEARING_SUMMARY, VAR_ATTENDEE_COUNT), Map.of(),
                    plus(CYCLE, VAR_HEARING_DATE, VAR_HEARING_VENUE, SummaryTaskCounts.VAR_VISIBLE,
                            SummaryTaskCounts.VAR_ANSWERED, SummaryTaskCounts.VAR_UNANSWERED, SummaryTaskCounts.VAR_HIDDEN,
                            SummaryTaskCounts.VAR_REMOVED, SummaryTaskCounts.VAR_COMMENTS_PAGE,
                            SummaryTaskCounts.VAR_RECORD_PAGE)),
            new FormSpec("revise-plan", TASK_REVISE_PLAN, List.of(VAR_REVISION_NOTE), Set.of(), Map.of(),
                    plus(CYCLE, VAR_COMMITTEE_NOTE, VAR_HEARING_SUMMARY)),
            new FormSpec("committee-decision", TASK_COMMITTEE_DECISION, List.of(VAR_COMMITTEE_DECISION, VAR_COMMITTEE_NOTE),
                    Set.of(VAR_COMMITTEE_DECISION),
                    Map.of(VAR_COMMITTEE_DECISION, List.of(DECISION_APPROVED, DECISION_REVISE)),
                    plus(CYCLE, LetterProcess.VAR_COMMITTEE_MEMO_NUMBER, LetterProcess.VAR_COMMITTEE_MEMO_URL,
                            VAR_REVISION_NOTE)),
            new FormSpec("submit-plan", TASK_SUBMIT_PLAN, List.of(VAR_SUBMISSION_REFERENCE),
                    Set.of(), Map.of(), CYCLE));

    /** {@code form-prepare-draft} for {@code bpmn/prepare-draft.form}. */
    String formId() {
        return "form-" + name;
    }

    String file() {
        return DIRECTORY + "/" + name + ".form";
    }

    static Optional<FormSpec> forTask(String taskKey) {
        return ALL.stream().filter(spec -> taskKey.equals(spec.taskKey())).findFirst();
    }

    private static List<String> plus(List<String> base, String... more) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).toList();
    }
}
