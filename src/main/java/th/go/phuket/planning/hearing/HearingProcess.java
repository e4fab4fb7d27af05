package th.go.phuket.planning.hearing;

/**
 * Keys of the public hearing of a cycle ({@code bpmn/public-hearing.bpmn}): one instance per cycle, business key =
 * cycle id, started by the cycle when the draft is published. It opens the comments, closes them at 23:59 Bangkok
 * time of the hearing day (moved when the office sets another day), tells each commenter who left an email when the
 * office answers, and keeps the record final once the plan is submitted ({@code planSubmitted}, the same message
 * the cycle's end sends to its deadline watch).
 */
public final class HearingProcess {

    public static final String KEY = "publicHearing";
    public static final String RESOURCE = "bpmn/public-hearing.bpmn";

    public static final String START = "Start_PublicHearing";
    public static final String TASK_OPEN_COMMENTS = "Task_OpenComments";
    public static final String TASK_SEND_COMMENTS_OPEN = "Task_SendCommentsOpen";
    public static final String GATEWAY_MERGE_OPEN = "Gateway_MergeOpen";
    public static final String GATEWAY_WHILE_OPEN = "Gateway_WhileOpen";
    public static final String TIMER_COMMENTS_CLOSE = "Timer_CommentsClose";
    public static final String CATCH_DATE_SET_WHILE_OPEN = "Catch_HearingDateSetWhileOpen";
    public static final String CATCH_PLAN_SUBMITTED_WHILE_OPEN = "Catch_PlanSubmittedWhileOpen";
    public static final String TASK_CLOSE_COMMENTS = "Task_CloseComments";
    public static final String GATEWAY_WHILE_CLOSED = "Gateway_WhileClosed";
    public static final String CATCH_DATE_SET_AFTER_CLOSE = "Catch_HearingDateSetAfterClose";
    public static final String CATCH_PLAN_SUBMITTED_AFTER_CLOSE = "Catch_PlanSubmittedAfterClose";
    public static final String GATEWAY_MERGE_MOVE = "Gateway_MergeMove";
    public static final String TASK_MOVE_CLOSING = "Task_MoveClosing";
    /** Answering: one run of the event subprocess per answered comment. */
    public static final String START_COMMENT_ANSWERED = "Start_CommentAnswered";
    public static final String GATEWAY_EMAIL_GIVEN = "Gateway_EmailGiven";
    public static final String TASK_SEND_COMMENT_ANSWERED = "Task_SendCommentAnswered";
    public static final String END_COMMENTER_TOLD = "End_CommenterTold";
    public static final String END_NO_EMAIL = "End_NoEmail";
    /** The plan was submitted (while open or after closing): the record is final. */
    public static final String GATEWAY_MERGE_FINAL = "Gateway_MergeFinal";
    public static final String TASK_FINALISE_HEARING = "Task_FinaliseHearing";
    public static final String END = "End_HearingFinal";

    public static final String MESSAGE_OPEN = "openPublicHearing";
    public static final String MESSAGE_HEARING_DATE_SET = "hearingDateSet";
    public static final String MESSAGE_COMMENT_ANSWERED = "commentAnswered";
    public static final String MESSAGE_PLAN_SUBMITTED = "planSubmitted";

    /** Given by the cycle when it starts the hearing (names as in the cycle). */
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_CYCLE_TITLE = "cycleTitle";
    public static final String VAR_PROVINCE = "province";
    public static final String VAR_DRAFT_SUMMARY = "draftSummary";
    public static final String VAR_HEARING_DATE = "hearingDate";
    public static final String VAR_HEARING_VENUE = "hearingVenue";
    public static final String VAR_AGENCY_IDS = "agencyIds";
    /** When the comments close (a Date, the timer's due date), set on opening and on every new hearing day. */
    public static final String VAR_COMMENTS_CLOSE_AT = "commentsCloseAt";
    /** In the answering subprocess's own scope: which comment was answered, and whether its author left an email. */
    public static final String VAR_COMMENT_ID = "commentId";
    public static final String VAR_EMAIL_GIVEN = "commenterEmailGiven";

    private HearingProcess() {
    }
}
