package th.go.phuket.planning.cycle;

import java.time.LocalDate;
import java.util.List;

/** The validated start values of one cycle. */
public record CycleSettings(
        String cycleId,
        String province,
        String planPeriod,
        int fiscalYear,
        LocalDate proposalsDue,
        LocalDate hearingDate,
        LocalDate committeeDate,
        LocalDate submissionDeadline,
        List<String> agencyIds) {

    /** The defaults of the SPEC: Phuket's 2018 review of the 2561–2564 plan and the FY2563 action plan. */
    public static final String DEFAULT_CYCLE_ID = "phuket-2563";
    public static final String DEFAULT_PROVINCE = "ภูเก็ต";
    public static final String DEFAULT_PLAN_PERIOD = "2561-2564";
    public static final int DEFAULT_FISCAL_YEAR = 2563;
    public static final LocalDate DEFAULT_PROPOSALS_DUE = LocalDate.of(2018, 8, 31);
    public static final LocalDate DEFAULT_HEARING_DATE = LocalDate.of(2018, 9, 13);
    public static final LocalDate DEFAULT_COMMITTEE_DATE = LocalDate.of(2018, 9, 21);
    public static final LocalDate DEFAULT_SUBMISSION_DEADLINE = LocalDate.of(2018, 9, 30);
}
