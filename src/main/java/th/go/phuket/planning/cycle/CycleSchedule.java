package th.go.phuket.planning.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/**
 * Due dates of every task of a cycle, derived from its four calendar dates by Thai working days. With the 2018
 * defaults this reproduces the calendar of the review (draft 20 Aug, proposals 31 Aug, consolidated draft 7 Sep,
 * hearing 13 Sep, summary 18 Sep, committee 21 Sep, submission 28 Sep 2018).
 */
@Component
public class CycleSchedule {

    /** Work is due by the end of the office day. */
    public static final LocalTime DUE_TIME = LocalTime.of(16, 30);

    private final WorkingDayCalendar calendar;

    public CycleSchedule(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Due date-time variables (names from {@link CycleProcess}) for a cycle started on {@code startDay}. */
    public Map<String, Date> dueDates(CycleSettings cycle, LocalDate startDay) {
        LocalDate draft = earliest(calendar.plusWorkingDays(startDay, 1), cycle.proposalsDue());
        Map<String, Date> due = new LinkedHashMap<>();
        due.put(CycleProcess.VAR_DRAFT_DUE_AT, at(draft));
        // proposals due on a day that is (or becomes) a holiday are due the working day before, as the submission is
        due.put(CycleProcess.VAR_PROPOSALS_DUE_AT, at(calendar.lastWorkingDayOnOrBefore(cycle.proposalsDue())));
        due.put(CycleProcess.VAR_SCREENING_DUE_AT, at(calendar.plusWorkingDays(cycle.proposalsDue(), 3)));
        due.put(CycleProcess.VAR_CONSOLIDATION_DUE_AT, at(calendar.plusWorkingDays(cycle.proposalsDue(), 5)));
        due.put(CycleProcess.VAR_HEARING_PREP_DUE_AT, at(calendar.minusWorkingDays(cycle.hearingDate(), 3)));
        due.put(CycleProcess.VAR_HEARING_SUMMARY_DUE_AT, at(calendar.plusWorkingDays(cycle.hearingDate(), 3)));
        due.put(CycleProcess.VAR_REVISION_DUE_AT, at(calendar.minusWorkingDays(cycle.committeeDate(), 1)));
        due.put(CycleProcess.VAR_COMMITTEE_DUE_AT, at(calendar.lastWorkingDayOnOrBefore(cycle.committeeDate())));
        due.put(CycleProcess.VAR_SUBMISSION_DUE_AT, at(calendar.lastWorkingDayOnOrBefore(cycle.submissionDeadline())));
        return due;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(DUE_TIME).atZone(ThaiDates.BANGKOK).toInstant());
    }
}
