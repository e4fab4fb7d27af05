package th.go.phuket.planning.cycle;

/** Keys of the plan-review cycle process: the BPMN file and the Java code agree through these names. */
public final class CycleProcess {

    public static final String KEY = "planReviewCycle";
    public static final String RESOURCE = "bpmn/plan-review-cycle.bpmn";

    public static final String START = "Start_Cycle";
    /** Right after the start, in its transaction: checks the start values, claims the cycle id, sets the due dates. */
    public static final String TASK_INITIALISE_CYCLE = "Task_InitialiseCycle";
    /** Starts the cycle's submission deadline watch (its own process, {@code deadlineWatch}). */
    public static final String TASK_START_DEADLINE_WATCH = "Task_StartDeadlineWatch";
    public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";
    /** Starts the cycle's public hearing (its own process, {@code publicHearing}): comments open. */
    public static final String TASK_START_PUBLIC_HEARING = "Task_StartPublicHearing";
    public static final String CALL_AGENCY_CONTRIBUTION = "Call_AgencyContribution";
    /**
     * Due notices of the agencies' reviews, one timer of each kind for the whole cycle while contributions run:
     * reminders before {@code proposalsDue}, the overdue notice after it; each agency gets one email a day.
     */
    public static final String TIMER_REMINDER_DUE = "Timer_ReminderDue";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String END_REMINDER_SENT = "End_ReminderSent";
    public static final String TIMER_OVERDUE_NOTICE = "Timer_OverdueNotice";
    public static final String TASK_SEND_OVERDUE_NOTICE = "Task_SendOverdueNotice";
    public static final String END_OVERDUE_NOTICE_SENT = "End_OverdueNoticeSent";
    public static final String TASK_CONSOLIDATE_DRAFT = "Task_ConsolidateDraft";
    public static final String TASK_PREPARE_HEARING = "Task_PrepareHearing";
    /** Tells the public hearing the day the office set: comments close at its end. */
    public static final String TASK_SET_HEARING_DAY = "Task_SetHearingDay";
    public static final String TASK_SEND_HEARING_INVITATIONS = "Task_SendHearingInvitations";
    public static final String TASK_SUMMARISE_HEARING = "Task_SummariseHearing";
    public static final String TASK_REVISE_PLAN = "Task_RevisePlan";
    public static final String TASK_COMMITTEE_DECISION = "Task_CommitteeDecision";
    public static final String GATEWAY_COMMITTEE_DECISION = "Gateway_CommitteeDecision";
    public static final String TASK_SUBMIT_PLAN = "Task_SubmitPlan";
    public static final String TASK_ANNOUNCE_PLAN_SUBMITTED = "Task_AnnouncePlanSubmitted";
    /** Ends the cycle and tells its deadline watch to stop. */
    public static final String END = "End_PlanSubmitted";

    /** Start variables (all optional). */
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_PROVINCE = "province";
    public static final String VAR_PLAN_PERIOD = "planPeriod";
    public static final String VAR_FISCAL_YEAR = "fiscalYear";
    public static final String VAR_PROPOSALS_DUE = "proposalsDue";
    public static final String VAR_HEARING_DATE = "hearingDate";
    public static final String VAR_COMMITTEE_DATE = "committeeDate";
    public static final String VAR_SUBMISSION_DEADLINE = "submissionDeadline";
    public static final String VAR_AGENCIES = "agencies";

    /** Derived at start: the agency ids to call (JSON list), a title, and each task's due date-time. */
    public static final String VAR_AGENCY_IDS = "agencyIds";
    public static final String VAR_CYCLE_TITLE = "cycleTitle";
    public static final String VAR_DRAFT_DUE_AT = "draftDueAt";
    public static final String VAR_PROPOSALS_DUE_AT = "proposalsDueAt";
    public static final String VAR_SCREENING_DUE_AT = "screeningDueAt";
    public static final String VAR_CONSOLIDATION_DUE_AT = "consolidationDueAt";
    public static final String VAR_HEARING_PREP_DUE_AT = "hearingPrepDueAt";
    public static final String VAR_HEARING_SUMMARY_DUE_AT = "hearingSummaryDueAt";
    public static final String VAR_REVISION_DUE_AT = "revisionDueAt";
    public static final String VAR_COMMITTEE_DUE_AT = "committeeDueAt";
    public static final String VAR_SUBMISSION_DUE_AT = "submissionDueAt";

    /** Set by the office and the committee when they complete their tasks. */
    public static final String VAR_DRAFT_SUMMARY = "draftSummary";
    public static final String VAR_CONSOLIDATION_NOTE = "consolidationNote";
    public static final String VAR_HEARING_VENUE = "hearingVenue";
    /** Optional: when the forum starts ({@code HH:mm}), named in the invitation letter. */
    public static final String VAR_HEARING_TIME = "hearingTime";
    public static final String VAR_HEARING_SUMMARY = "hearingSummary";
    public static final String VAR_ATTENDEE_COUNT = "attendeeCount";
    /**
     * The forum's attendees by sector (optional, {@code Task_SummariseHearing}): when any is given their sum is
     * {@code attendeeCount}. One per sector of the public hearing ({@code hearing.Sector}), in its order.
     */
    public static final java.util.List<String> VAR_ATTENDEES_BY_SECTOR = java.util.List.of("attendeesCitizen",
            "attendeesPrivateSector", "attendeesCivilSociety", "attendeesLocalGovernment",
            "attendeesGovernmentAgency", "attendeesAcademia", "attendeesOther");
    public static final String VAR_REVISION_NOTE = "revisionNote";
    public static final String VAR_COMMITTEE_DECISION = "committeeDecision";
    public static final String VAR_COMMITTEE_NOTE = "committeeNote";
    public static final String VAR_SUBMISSION_REFERENCE = "submissionReference";

    /** Set (by the deadline watch) when the submission deadline passed before the plan was submitted. */
    public static final String VAR_CYCLE_OVERDUE = "cycleOverdue";
    public static final String VAR_OVERDUE_SINCE = "overdueSince";

    public static final String DECISION_APPROVED = "approved";
    public static final String DECISION_REVISE = "revise";

    private CycleProcess() {
    }
}
