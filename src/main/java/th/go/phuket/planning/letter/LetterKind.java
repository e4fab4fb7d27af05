package th.go.phuket.planning.letter;

/**
 * The four letters of a cycle (SPEC, Official letters): which register series numbers them and which form they
 * take. The two letters to every agency are circulars (หนังสือเวียน, {@code ว} series); the memo to the governor is
 * an internal memo (บันทึกข้อความ); the covering letter of the plan is a plain external letter.
 */
public enum LetterKind {
    PROPOSAL_REQUEST(Series.CIRCULAR, Layout.EXTERNAL, "proposal-request"),
    HEARING_INVITATION(Series.CIRCULAR, Layout.EXTERNAL, "hearing-invitation"),
    COMMITTEE_MEMO(Series.PLAIN, Layout.MEMO, "committee-memo"),
    PLAN_SUBMISSION(Series.PLAIN, Layout.EXTERNAL, "plan-submission");

    /** หนังสือภายนอก on ครุฑ paper, or บันทึกข้อความ. */
    public enum Layout { EXTERNAL, MEMO }

    private final Series series;
    private final Layout layout;
    private final String fileStem;

    LetterKind(Series series, Layout layout, String fileStem) {
        this.series = series;
        this.layout = layout;
        this.fileStem = fileStem;
    }

    public Series series() {
        return series;
    }

    public Layout layout() {
        return layout;
    }

    /** The start of a downloaded file's name, e.g. {@code proposal-request}. */
    public String fileStem() {
        return fileStem;
    }
}
