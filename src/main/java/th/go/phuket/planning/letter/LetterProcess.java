package th.go.phuket.planning.letter;

import th.go.phuket.planning.cycle.CycleProcess;

/**
 * Where the letters sit in the cycle's diagram and what they leave in its variables. The elements are send tasks
 * of {@code planReviewCycle}, so Cockpit shows where each letter was issued.
 */
public final class LetterProcess {

    public static final String KEY = CycleProcess.KEY;
    public static final String RESOURCE = CycleProcess.RESOURCE;

    /** After Task_PrepareDraft: the request for proposals to every agency, attached to their TASK_ASSIGNED emails. */
    public static final String TASK_ISSUE_PROPOSAL_REQUEST = "Task_IssueProposalRequest";
    /** After Task_PrepareHearing, before the invitations are emailed (the letter goes with them). */
    public static final String TASK_ISSUE_HEARING_INVITATION = "Task_IssueHearingInvitation";
    /** Before each Task_CommitteeDecision: the memo presenting the revised plan to the governor. */
    public static final String TASK_ISSUE_COMMITTEE_MEMO = "Task_IssueCommitteeMemo";
    /** After Task_SubmitPlan when the office left the reference empty: the covering letter gives it. */
    public static final String TASK_ISSUE_PLAN_SUBMISSION = "Task_IssuePlanSubmission";
    public static final String GATEWAY_SUBMISSION_REFERENCE = "Gateway_SubmissionReference";
    public static final String GATEWAY_MERGE_SUBMISSION = "Gateway_MergeSubmission";

    /** The memo of the committee's current round: its page (linked from the committee's form) and number. */
    public static final String VAR_COMMITTEE_MEMO_URL = "committeeMemoUrl";
    public static final String VAR_COMMITTEE_MEMO_NUMBER = "committeeMemoNumber";
    /** The covering letter's id, when the register gave the submission its reference. */
    public static final String VAR_PLAN_SUBMISSION_LETTER_ID = "planSubmissionLetterId";

    private LetterProcess() {
    }
}
