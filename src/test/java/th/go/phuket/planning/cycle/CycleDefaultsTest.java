package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.ProcessTestEngine;

/**
 * The values a cycle takes when the office gives only some: the 2018 Phuket cycle from nothing, and a 2027 cycle
 * from its submission deadline alone (fiscal year, plan period, title, dates, id); each default can be overridden
 * and is checked; a year without recorded holidays is refused naming it unless the office confirms.
 */
class CycleDefaultsTest {

    private static final LocalDate TODAY_2027 = LocalDate.of(2027, 7, 1);
    private final CycleStartParser parser = new CycleStartParser(ProcessTestEngine.DIRECTORY,
            Set.of(2018, 2026, 2027)::contains);

    @Test
    void withoutAnyValueTheCycleIsThe2018PhuketOne() {
        CycleStart start = parser.check(Map.of(), null, LocalDate.of(2018, 8, 17));

        assertThat(start.errors()).isEmpty();
        assertThat(start.cycleId()).isEqualTo("phuket-2563");
        assertThat(start.fiscalYear()).isEqualTo(2563);
        assertThat(start.planPeriod()).isEqualTo("2561-2564");
        assertThat(start.proposalsDue()).isEqualTo("2018-08-31");
        assertThat(start.hearingDate()).isEqualTo("2018-09-13");
        assertThat(start.committeeDate()).isEqualTo("2018-09-21");
        assertThat(start.submissionDeadline()).isEqualTo("2018-09-30");
        assertThat(start.title()).isEqualTo("ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564 และแผนปฏิบัติราชการประจำปี พ.ศ. 2563");
        assertThat(start.agencyIds()).hasSize(67);
    }

    @Test
    void a2027CycleTakesItsFiscalYearPlanPeriodTitleAndDatesFromItsDeadline() {
        CycleStart start = parser.check(Map.of(CycleProcess.VAR_SUBMISSION_DEADLINE, "2027-09-30"), null, TODAY_2027);

        assertThat(start.errors()).isEmpty();
        assertThat(start.fiscalYear()).as("B.E. 2570 + 2").isEqualTo(2572);
        assertThat(start.planPeriod()).isEqualTo("2571-2575");
        assertThat(start.title()).isEqualTo("ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2571–2575 และแผนปฏิบัติราชการประจำปี พ.ศ. 2572");
        assertThat(start.cycleId()).isEqualTo("phuket-2572");
        assertThat(start.proposalsDue()).isEqualTo("2027-08-31");
        assertThat(start.hearingDate()).isEqualTo("2027-09-13");
        assertThat(start.committeeDate()).isEqualTo("2027-09-21");
        assertThat(parser.check(Map.of(CycleProcess.VAR_PROPOSALS_DUE, "2027-08-31"), null, TODAY_2027)
                .submissionDeadline()).as("the first date given sets the deadline").isEqualTo("2027-09-30");
    }

    @Test
    void everyDefaultCanBeOverriddenAndIsChecked() {
        Map<String, Object> given = new HashMap<>(Map.of(CycleProcess.VAR_SUBMISSION_DEADLINE, "2027-09-30",
                CycleProcess.VAR_PROVINCE, "กระบี่", CycleProcess.VAR_FISCAL_YEAR, 2571,
                CycleProcess.VAR_HEARING_DATE, "2027-09-10"));
        CycleStart krabi = parser.check(given, null, TODAY_2027);
        assertThat(krabi.errors()).isEmpty();
        assertThat(krabi.cycleId()).isEqualTo("cycle-2571");
        assertThat(krabi.hearingDate()).isEqualTo("2027-09-10");
        assertThat(krabi.title()).isEqualTo("ทบทวนแผนพัฒนาจังหวัดกระบี่ พ.ศ. 2571–2575 และแผนปฏิบัติราชการประจำปี พ.ศ. 2571");

        given.put(CycleProcess.VAR_FISCAL_YEAR, 2563);
        given.put(CycleProcess.VAR_PLAN_PERIOD, "2566-2570");
        CycleStart wrong = parser.check(given, null, TODAY_2027);
        assertThat(wrong.errors()).containsOnlyKeys(CycleProcess.VAR_FISCAL_YEAR, CycleProcess.VAR_PLAN_PERIOD);
        assertThat(wrong.errors().get(CycleProcess.VAR_FISCAL_YEAR)).contains("2570", "2575");
        assertThat(wrong.errors().get(CycleProcess.VAR_PLAN_PERIOD)).contains("outside the plan period 2566-2570");
    }

    @Test
    void aYearWithoutHolidaysIsRefusedNamingItUnlessTheOfficeConfirms() {
        Map<String, Object> given = new HashMap<>(Map.of(CycleProcess.VAR_SUBMISSION_DEADLINE, "2028-09-30"));
        CycleStart refused = parser.check(given, null, TODAY_2027);
        assertThat(refused.yearsWithoutHolidays()).containsExactly(2028);
        assertThat(refused.errors()).containsOnlyKeys(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS);
        assertThat(refused.errors().get(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS))
                .contains("พ.ศ. 2571 (2028)", "allowMissingHolidays");

        given.put(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS, "true");
        CycleStart confirmed = parser.check(given, null, TODAY_2027);
        assertThat(confirmed.errors()).isEmpty();
        assertThat(confirmed.allowMissingHolidays()).isTrue();
        assertThat(confirmed.yearsWithoutHolidays()).containsExactly(2028);

        given.put(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS, "maybe");
        assertThat(parser.check(given, null, TODAY_2027).errors()).containsKey(
                CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS);
        assertThat(parser.check(Map.of(CycleProcess.VAR_SUBMISSION_DEADLINE, "2027-01-29"), null,
                LocalDate.of(2025, 12, 1)).yearsWithoutHolidays()).as("the start day counts when before the dates")
                .containsExactly(2025);
    }

    @Test
    void planPeriodsFollowTheNationalPlans() {
        assertThat(CycleDefaults.planPeriod(2560)).isEqualTo("2557-2560");
        assertThat(CycleDefaults.planPeriod(2563)).isEqualTo("2561-2564");
        assertThat(CycleDefaults.planPeriod(2565)).isEqualTo("2561-2565");
        assertThat(CycleDefaults.planPeriod(2566)).isEqualTo("2566-2570");
        assertThat(CycleDefaults.planPeriod(2570)).isEqualTo("2566-2570");
        assertThat(CycleDefaults.planPeriod(2576)).isEqualTo("2576-2580");
    }
}
