package th.go.phuket.planning.contribution;

/** Keys of the agency contribution process, called once per agency by the cycle. */
public final class ContributionProcess {

    public static final String KEY = "agencyContribution";
    public static final String RESOURCE = "bpmn/agency-contribution.bpmn";

    public static final String START = "Start_Contribution";
    /** Send tasks right before {@link #TASK_AGENCY_REVIEW}: {@code TASK_ASSIGNED} once, {@code RETURNED} per return. */
    public static final String TASK_NOTIFY_AGENCY_ASSIGNED = "Task_NotifyAgencyAssigned";
    public static final String TASK_NOTIFY_AGENCY_RETURNED = "Task_NotifyAgencyReturned";
    public static final String TASK_AGENCY_REVIEW = "Task_AgencyReview";
    /* Its due notices (reminders, overdue) come from the cycle's timers: CycleProcess.TIMER_REMINDER_DUE. */
    /** The business rule task before screening: {@link #DECISION_PROPOSAL_SCREENING} for each project. */
    public static final String TASK_SUGGEST_PLACEMENTS = "Task_SuggestPlacements";
    public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
    public static final String GATEWAY_SCREENING_DECISION = "Gateway_ScreeningDecision";
    /** The accepted proposal's projects become items of the cycle's public hearing. */
    public static final String TASK_OFFER_PROJECTS_FOR_COMMENT = "Task_OfferProjectsForComment";
    public static final String END = "End_ContributionAccepted";

    /** Passed in by the cycle. */
    public static final String VAR_AGENCY_ID = "agencyId";

    /** Looked up in the directory when the contribution starts. */
    public static final String VAR_AGENCY_NAME_TH = "agencyNameTh";
    public static final String VAR_AGENCY_CATEGORY = "agencyCategory";
    /** Set by earlier releases (open contributions keep it): the emails read it when present, else the directory. */
    public static final String VAR_AGENCY_NAME_EN = "agencyNameEn";

    /** Set by the agency and by the strategy office. */
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    public static final String VAR_REVIEW_COMMENTS = "reviewComments";
    public static final String VAR_PROJECTS = "projects";
    public static final String VAR_SCREENING_DECISION = "screeningDecision";
    public static final String VAR_SCREENING_NOTE = "screeningNote";
    /** How many times the proposal went back to the agency: set at the first return, none (0) before. */
    public static final String VAR_RETURN_COUNT = "returnCount";
    /**
     * Set by {@link #TASK_SUGGEST_PLACEMENTS}: per project the plan the decision {@link #DECISION_PROPOSAL_SCREENING}
     * suggests (JSON list, see {@code proposal/ScreeningJson}), and {@code accepted} or {@code returned} for the
     * whole proposal ({@code returned} when a project is incomplete; then {@code screeningDecision} and
     * {@code screeningNote} are pre-filled for the officer, who decides).
     */
    public static final String VAR_PROJECT_SCREENING = "projectScreening";
    public static final String VAR_SCREENING_SUGGESTION = "screeningSuggestion";

    /** The screening decision, {@code bpmn/proposal-screening.dmn}, evaluated once per project. */
    public static final String DECISION_PROPOSAL_SCREENING = "proposalScreening";
    public static final String DECISION_RESOURCE = "bpmn/proposal-screening.dmn";

    public static final String OUTCOME_NO_CHANGE = "no_change";
    public static final String OUTCOME_CHANGES_PROPOSED = "changes_proposed";
    public static final String SCREENING_ACCEPTED = "accepted";
    public static final String SCREENING_RETURNED = "returned";

    private ContributionProcess() {
    }
}
