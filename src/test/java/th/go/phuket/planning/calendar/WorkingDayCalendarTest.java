package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final LocalDate PROPOSALS_DUE = LocalDate.of(2018, 8, 31);

    private final Holidays holidays = Holidays2018.load();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAreDaysOffAndWeekdaysWithoutHolidaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(date("2018-08-18"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-08-19"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-08-17"))).as("Friday, kickoff").isTrue();
        assertThat(calendar.isWorkingDay(date("2018-08-20"))).as("Monday").isTrue();
        assertThat(calendar.firstWorkingDayAfter(date("2018-08-17"))).isEqualTo("2018-08-20");
    }

    @Test
    void the2018ListHasTwentyTwoHolidaysOfWhichFiveAreSubstitutionDays() {
        assertThat(holidays.size()).isEqualTo(22);
        assertThat(holidays.all()).filteredOn(Holiday::substitution).extracting(Holiday::date).containsExactly(
                date("2018-01-02"), date("2018-04-16"), date("2018-07-30"), date("2018-08-13"), date("2018-10-15"));
        assertThat(holidays.years()).containsExactly(2018);
    }

    @Test
    void everyHolidayOf2018IsADayOffWhateverItsKind() {
        for (Holiday holiday : holidays.all()) {
            assertThat(calendar.isWorkingDay(holiday.date())).as(holiday.date() + " " + holiday.nameEn()).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2018-03-01"))).as("Makha Bucha, Thursday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-05-14"))).as("Royal Ploughing, Monday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-10-23"))).as("Chulalongkorn Day, Tuesday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-12-05"))).as("5 December, Wednesday").isFalse();
    }

    @Test
    void newYearAndItsSubstitutionDayCarryTheLastFridayOf2017OverToThe3rdOfJanuary() {
        assertThat(holidays.on(date("2018-01-02"))).hasValueSatisfying(h -> assertThat(h.substitution()).isTrue());
        assertThat(calendar.isWorkingDay(date("2018-01-01"))).as("New Year's Day, Monday").isFalse();
        assertThat(calendar.isWorkingDay(date("2018-01-02"))).as("substitution for 31 Dec 2017, Tuesday").isFalse();
        assertThat(calendar.firstWorkingDayAfter(date("2017-12-29"))).isEqualTo("2018-01-03");
        assertThat(calendar.firstWorkingDayOnOrAfter(date("2017-12-31"))).isEqualTo("2018-01-03");
        assertThat(calendar.minusWorkingDays(date("2018-01-03"), 1)).isEqualTo("2017-12-29");
        assertThat(calendar.workingDaysBetween(date("2017-12-29"), date("2018-01-03"))).isEqualTo(1);
    }

    @Test
    void newYearsEve2018IsADayOffAndTheNextYearNeedsItsOwnHolidayFile() {
        assertThat(calendar.isWorkingDay(date("2018-12-31"))).as("New Year's Eve, Monday").isFalse();
        assertThat(calendar.lastWorkingDayOnOrBefore(date("2018-12-31"))).isEqualTo("2018-12-28");

        List<Holiday> twoYears = new ArrayList<>(holidays.all());
        twoYears.add(new Holiday(date("2019-01-01"), "วันขึ้นปีใหม่", "New Year's Day", false));
        WorkingDayCalendar withNextYear = new WorkingDayCalendar(Holidays.of(twoYears));
        assertThat(withNextYear.firstWorkingDayAfter(date("2018-12-28"))).isEqualTo("2019-01-02");
        assertThat(withNextYear.plusWorkingDays(date("2018-12-27"), 2)).isEqualTo("2019-01-02");
    }

    @Test
    void theSpecialHolidayOf12AprilAndSongkranMakeOneRunOfSixDaysOff() {
        assertThat(holidays.on(date("2018-04-12"))).hasValueSatisfying(h -> assertThat(h.substitution()).isFalse());
        for (LocalDate day = date("2018-04-12"); !day.isAfter(date("2018-04-16")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2018-04-11"))).isTrue();
        assertThat(calendar.firstWorkingDayAfter(date("2018-04-11"))).isEqualTo("2018-04-17");
        assertThat(calendar.lastWorkingDayOnOrBefore(date("2018-04-16"))).isEqualTo("2018-04-11");
        assertThat(calendar.workingDaysBetween(date("2018-04-10"), date("2018-04-17"))).isEqualTo(2);
        assertThat(calendar.plusWorkingDays(date("2018-04-05"), 1)).as("Chakri Day on Friday 6 Apr")
                .isEqualTo("2018-04-09");
    }

    @Test
    void weekendHolidaysMoveToTheirSubstitutionDays() {
        assertThat(calendar.firstWorkingDayAfter(date("2018-07-26"))).as("27 Jul, 28 Jul (Sat), 30 Jul")
                .isEqualTo("2018-07-31");
        assertThat(calendar.firstWorkingDayAfter(date("2018-08-10"))).as("12 Aug (Sun), 13 Aug")
                .isEqualTo("2018-08-14");
        assertThat(calendar.firstWorkingDayAfter(date("2018-10-12"))).as("13 Oct (Sat), 15 Oct")
                .isEqualTo("2018-10-16");
    }

    @Test
    void remindersThreeAndOneWorkingDaysBeforeTheProposalDeadline() {
        assertThat(PROPOSALS_DUE.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 1)).isEqualTo("2018-08-30");
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 2)).isEqualTo("2018-08-29");
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 3)).isEqualTo("2018-08-28");
        assertThat(calendar.workingDaysBetween(date("2018-08-28"), PROPOSALS_DUE)).isEqualTo(3);
        assertThat(calendar.minusWorkingDays(date("2018-09-03"), 1)).as("over the weekend").isEqualTo("2018-08-31");
    }

    @Test
    void overdueIsTheFirstWorkingDayAfterTheDueDate() {
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");
        assertThat(calendar.plusWorkingDays(PROPOSALS_DUE, 1)).isEqualTo("2018-09-03");
        assertThat(calendar.workingDaysBetween(PROPOSALS_DUE, date("2018-09-03"))).as("working days late")
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(date("2018-08-29"), PROPOSALS_DUE)).as("working days left")
                .isEqualTo(2);
    }

    @Test
    void theReviewPeriodFromKickoffToTheEndOfSeptemberHasNoHolidays() {
        LocalDate kickoff = date("2018-08-17");
        LocalDate endOfSeptember = date("2018-09-30");
        assertThat(holidays.between(kickoff, endOfSeptember)).isEmpty();
        for (LocalDate day = kickoff; !day.isAfter(endOfSeptember); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(!weekend);
        }
        assertThat(calendar.workingDaysBetween(kickoff, endOfSeptember)).isEqualTo(30);
        assertThat(calendar.lastWorkingDayOnOrBefore(endOfSeptember)).as("M11").isEqualTo("2018-09-28");
        assertThat(calendar.lastWorkingDayBefore(endOfSeptember)).isEqualTo("2018-09-28");
        assertThat(calendar.lastWorkingDayBefore(date("2018-09-28"))).isEqualTo("2018-09-27");
    }

    @Test
    void zeroWorkingDaysMovesADayOffForwardForPlusAndBackwardForMinus() {
        assertThat(calendar.plusWorkingDays(PROPOSALS_DUE, 0)).isEqualTo(PROPOSALS_DUE);
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 0)).isEqualTo(PROPOSALS_DUE);
        assertThat(calendar.plusWorkingDays(date("2018-09-01"), 0)).isEqualTo("2018-09-03");
        assertThat(calendar.minusWorkingDays(date("2018-09-01"), 0)).isEqualTo("2018-08-31");
        assertThat(calendar.plusWorkingDays(date("2018-09-01"), 1)).as("Saturday itself never counts")
                .isEqualTo("2018-09-03");
    }

    @Test
    void negativeCountsGoTheOtherWay() {
        assertThat(calendar.plusWorkingDays(PROPOSALS_DUE, -3)).isEqualTo("2018-08-28");
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, -1)).isEqualTo("2018-09-03");
        assertThat(calendar.workingDaysBetween(date("2018-09-03"), PROPOSALS_DUE)).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(PROPOSALS_DUE, PROPOSALS_DUE)).isZero();
    }

    @Test
    void countingAndSteppingAgreeOnEveryDayOf2018() {
        for (LocalDate day = date("2018-01-01"); day.getYear() == 2018; day = day.plusDays(1)) {
            for (int n = 1; n <= 10; n++) {
                LocalDate later = calendar.plusWorkingDays(day, n);
                assertThat(calendar.isWorkingDay(later)).isTrue();
                assertThat(calendar.workingDaysBetween(day, later)).as(day + " + " + n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(later, day)).isEqualTo(-n);
                assertThat(calendar.minusWorkingDays(later, n)).as(day + " + " + n + " - " + n)
                        .isEqualTo(calendar.lastWorkingDayOnOrBefore(day));
            }
        }
    }

    @Test
    void aHolidaySourceWithoutWorkingDaysFailsInsteadOfLoopingForever() {
        WorkingDayCalendar broken = new WorkingDayCalendar(date -> true);
        assertThatThrownBy(() -> broken.firstWorkingDayAfter(PROPOSALS_DUE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("after 2018-08-31");
        assertThatThrownBy(() -> broken.minusWorkingDays(PROPOSALS_DUE, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before 2018-08-31");
    }
}
