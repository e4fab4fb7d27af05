package th.go.phuket.planning.cycle.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.cycle.CycleStart;

/**
 * What a start with the values given would be, as {@code GET /api/cycles/defaults} answers before anything starts:
 * each value (derived ones included), the title, the Thai dates, the years without recorded holidays, and every
 * problem by field.
 */
public record CyclePreview(String cycleId, String title, String province, String planPeriod, Integer fiscalYear,
                           Map<String, DateValue> dates, int agencyCount, boolean allowMissingHolidays,
                           List<Year> yearsWithoutHolidays, Map<String, String> errors) {

    /** A date as the form sends it and as Thai readers read it. */
    public record DateValue(String date, String dateTh) {

        static DateValue of(LocalDate date) {
            return date == null ? null : new DateValue(date.toString(), ThaiDates.fullDate(date));
        }
    }

    /** A year without holidays, C.E. (as the holiday page takes it) and B.E. */
    public record Year(int year, int yearBe) {
    }

    static CyclePreview of(CycleStart start) {
        Map<String, DateValue> dates = new java.util.LinkedHashMap<>();
        dates.put("proposalsDue", DateValue.of(start.proposalsDue()));
        dates.put("hearingDate", DateValue.of(start.hearingDate()));
        dates.put("committeeDate", DateValue.of(start.committeeDate()));
        dates.put("submissionDeadline", DateValue.of(start.submissionDeadline()));
        return new CyclePreview(start.cycleId(), start.title(), start.province(), start.planPeriod(),
                start.fiscalYear(), dates, start.agencyIds().size(), start.allowMissingHolidays(),
                start.yearsWithoutHolidays().stream().map(y -> new Year(y, y + ThaiDates.BE_OFFSET)).toList(),
                start.errors());
    }
}
