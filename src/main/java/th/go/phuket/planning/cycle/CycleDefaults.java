package th.go.phuket.planning.cycle;

import java.time.LocalDate;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * The start values a cycle takes when they are not given, following its dates rather than the 2018 cycle:
 * <ul>
 * <li>The submission deadline anchors the calendar. The other dates keep their distance from it as in the 2018
 * review (proposals 30 days before, the hearing 17, the committee 9: 31 Aug, 13 Sep, 21 Sep for 30 Sep); without a
 * deadline, the first date given sets it the same way; without any date, the 2018 calendar.</li>
 * <li>The fiscal year is the B.E. year of the deadline plus 2 (the review of August–September 2018, B.E. 2561, plans
 * the fiscal year 2563).</li>
 * <li>The plan period is the provincial development plan containing that fiscal year: four-year plans up to
 * 2561–2564, then 2565 with the plan extended to 2561–2565, and from 2566 five-year plans aligned with the national
 * economic and social development plans (2566–2570, 2571–2575, …). The periods after 2570 are an assumption: the
 * office overrides the period when the Cabinet decides otherwise.</li>
 * <li>The cycle id is {@code phuket-<fiscal year>} for Phuket, {@code cycle-<fiscal year>} elsewhere.</li>
 * </ul>
 */
public final class CycleDefaults {

    static final int PROPOSALS_BEFORE_DEADLINE = 30;
    static final int HEARING_BEFORE_DEADLINE = 17;
    static final int COMMITTEE_BEFORE_DEADLINE = 9;
    static final int FISCAL_YEARS_AFTER_DEADLINE = 2;
    private static final int FIRST_FIVE_YEAR_PLAN = 2566;
    private static final int LAST_FOUR_YEAR_PLAN = 2561;

    private CycleDefaults() {
    }

    /** The deadline of a cycle given only some of its dates (nulls for those not given). */
    public static LocalDate deadline(LocalDate proposalsDue, LocalDate hearing, LocalDate committee) {
        if (proposalsDue != null) {
            return proposalsDue.plusDays(PROPOSALS_BEFORE_DEADLINE);
        }
        if (hearing != null) {
            return hearing.plusDays(HEARING_BEFORE_DEADLINE);
        }
        if (committee != null) {
            return committee.plusDays(COMMITTEE_BEFORE_DEADLINE);
        }
        return CycleSettings.DEFAULT_SUBMISSION_DEADLINE;
    }

    public static LocalDate proposalsDue(LocalDate deadline) {
        return deadline.minusDays(PROPOSALS_BEFORE_DEADLINE);
    }

    public static LocalDate hearingDate(LocalDate deadline) {
        return deadline.minusDays(HEARING_BEFORE_DEADLINE);
    }

    public static LocalDate committeeDate(LocalDate deadline) {
        return deadline.minusDays(COMMITTEE_BEFORE_DEADLINE);
    }

    /** B.E. year of the deadline plus 2: 2018-09-30 gives 2563, 2027-09-30 gives 2572. */
    public static int fiscalYear(LocalDate deadline) {
        return ThaiDates.buddhistYear(deadline) + FISCAL_YEARS_AFTER_DEADLINE;
    }

    /** The plan containing the fiscal year (B.E.): 2563 is in 2561-2564, 2572 in 2571-2575. */
    public static String planPeriod(int fiscalYear) {
        if (fiscalYear >= FIRST_FIVE_YEAR_PLAN) {
            int start = FIRST_FIVE_YEAR_PLAN + 5 * Math.floorDiv(fiscalYear - FIRST_FIVE_YEAR_PLAN, 5);
            return start + "-" + (start + 4);
        }
        if (fiscalYear == FIRST_FIVE_YEAR_PLAN - 1) {
            return LAST_FOUR_YEAR_PLAN + "-" + fiscalYear;
        }
        int start = LAST_FOUR_YEAR_PLAN - 4 * Math.floorDiv(LAST_FOUR_YEAR_PLAN + 3 - fiscalYear, 4);
        return start + "-" + (start + 3);
    }

    public static String cycleId(String province, int fiscalYear) {
        return (CycleSettings.DEFAULT_PROVINCE.equals(province) ? "phuket-" : "cycle-") + fiscalYear;
    }
}
