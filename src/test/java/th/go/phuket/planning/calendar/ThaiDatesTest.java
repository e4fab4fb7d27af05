package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shortDatesUseTheAbbreviatedMonthAndTheBuddhistYear() {
        assertThat(ThaiDates.shortDate(date("2018-08-31"))).isEqualTo("31 ส.ค. 2561");
        assertThat(ThaiDates.shortDate(date("2018-08-17"))).isEqualTo("17 ส.ค. 2561");
        assertThat(ThaiDates.shortDate(date("2018-01-01"))).isEqualTo("1 ม.ค. 2561");
        assertThat(ThaiDates.shortDate(date("2018-04-13"))).isEqualTo("13 เม.ย. 2561");
        assertThat(ThaiDates.shortDate(date("2018-09-05"))).isEqualTo("5 ก.ย. 2561");
        assertThat(ThaiDates.shortDate(date("2018-12-31"))).isEqualTo("31 ธ.ค. 2561");
        assertThat(ThaiDates.shortDate(date("2019-10-01"))).isEqualTo("1 ต.ค. 2562");
        assertThat(ThaiDates.shortDate(date("2020-02-29"))).isEqualTo("29 ก.พ. 2563");
    }

    @Test
    void letterDatesSpellTheMonthAndUseThaiDigits() {
        assertThat(ThaiDates.letterDate(date("2018-08-31"))).isEqualTo("๓๑ สิงหาคม ๒๕๖๑");
        assertThat(ThaiDates.letterDate(date("2018-08-17"))).isEqualTo("๑๗ สิงหาคม ๒๕๖๑");
        assertThat(ThaiDates.letterDate(date("2018-09-05"))).isEqualTo("๕ กันยายน ๒๕๖๑");
        assertThat(ThaiDates.letterDate(date("2017-12-31"))).as("as written in holidays-2018.csv")
                .isEqualTo("๓๑ ธันวาคม ๒๕๖๐");
        assertThat(ThaiDates.letterDate(date("2018-02-27"))).isEqualTo("๒๗ กุมภาพันธ์ ๒๕๖๑");
    }

    @Test
    void fullDatesNameTheWeekday() {
        assertThat(ThaiDates.fullDate(date("2018-09-13"))).isEqualTo("วันพฤหัสบดีที่ 13 กันยายน 2561");
        assertThat(ThaiDates.fullDate(date("2018-08-31"))).isEqualTo("วันศุกร์ที่ 31 สิงหาคม 2561");
        assertThat(ThaiDates.fullDate(date("2018-09-30"))).isEqualTo("วันอาทิตย์ที่ 30 กันยายน 2561");
    }

    @Test
    void dateTimesAreShownInBangkokTimeWithTheSuffixNa() {
        ZonedDateTime dueInBangkok = date("2018-08-31").atTime(16, 30).atZone(ThaiDates.BANGKOK);
        assertThat(ThaiDates.shortDateTime(dueInBangkok)).isEqualTo("31 ส.ค. 2561 16:30 น.");
        assertThat(ThaiDates.shortDateTime(dueInBangkok.toInstant())).isEqualTo("31 ส.ค. 2561 16:30 น.");
        assertThat(ThaiDates.shortDateTime(LocalDateTime.parse("2018-08-29T09:05"))).isEqualTo("29 ส.ค. 2561 09:05 น.");
    }

    @Test
    void instantsLateInTheUtcDayAreAlreadyTheNextDayInBangkok() {
        Instant utcEvening = Instant.parse("2018-08-31T20:00:00Z");
        assertThat(ThaiDates.bangkokDate(utcEvening)).isEqualTo("2018-09-01");
        assertThat(ThaiDates.shortDate(utcEvening)).isEqualTo("1 ก.ย. 2561");
        assertThat(ThaiDates.shortDateTime(utcEvening)).isEqualTo("1 ก.ย. 2561 03:00 น.");
        assertThat(ThaiDates.shortDateTime(utcEvening.atZone(ZoneOffset.UTC))).isEqualTo("1 ก.ย. 2561 03:00 น.");
    }

    @Test
    void tasksDueOnADayFallDueWhenOfficesCloseAtHalfPastFourBangkokTime() {
        assertThat(ThaiDates.closeOfBusiness(date("2018-08-31")).toInstant())
                .isEqualTo(Instant.parse("2018-08-31T09:30:00Z"));
        assertThat(ThaiDates.shortDateTime(ThaiDates.closeOfBusiness(date("2018-09-28"))))
                .isEqualTo("28 ก.ย. 2561 16:30 น.");
    }

    @Test
    void buddhistAndCommonEraYearsDifferBy543() {
        assertThat(ThaiDates.buddhistYear(date("2018-08-31"))).isEqualTo(2561);
        assertThat(ThaiDates.commonEraYear(2563)).isEqualTo(2020);
        assertThat(ThaiDates.looksLikeBuddhistYear(2561)).isTrue();
        assertThat(ThaiDates.looksLikeBuddhistYear(2400)).isTrue();
        assertThat(ThaiDates.looksLikeBuddhistYear(2399)).isFalse();
        assertThat(ThaiDates.looksLikeBuddhistYear(2018)).isFalse();
    }

    @Test
    void theFiscalYearStartsOnTheFirstOfOctober() {
        assertThat(ThaiDates.fiscalYearOf(date("2018-09-30"))).isEqualTo(2561);
        assertThat(ThaiDates.fiscalYearOf(date("2018-10-01"))).isEqualTo(2562);
        assertThat(ThaiDates.fiscalYearOf(date("2018-01-01"))).isEqualTo(2561);
        assertThat(ThaiDates.fiscalYearOf(date("2017-10-01"))).isEqualTo(2561);
        assertThat(ThaiDates.fiscalYearOf(date("2019-10-01"))).isEqualTo(2563);
        assertThat(ThaiDates.fiscalYearOf(date("2020-09-30"))).isEqualTo(2563);
        assertThat(ThaiDates.fiscalYearStart(2563)).isEqualTo("2019-10-01");
        assertThat(ThaiDates.fiscalYearEnd(2563)).isEqualTo("2020-09-30");
        assertThat(ThaiDates.fiscalYearStart(2561)).isEqualTo("2017-10-01");
        assertThat(ThaiDates.fiscalYearEnd(2561)).isEqualTo("2018-09-30");
    }

    @Test
    void everyDayOfAFiscalYearBelongsToIt() {
        for (int fiscalYear = 2560; fiscalYear <= 2564; fiscalYear++) {
            LocalDate start = ThaiDates.fiscalYearStart(fiscalYear);
            LocalDate end = ThaiDates.fiscalYearEnd(fiscalYear);
            assertThat(ThaiDates.fiscalYearOf(start.minusDays(1))).isEqualTo(fiscalYear - 1);
            assertThat(ThaiDates.fiscalYearOf(end.plusDays(1))).isEqualTo(fiscalYear + 1);
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                assertThat(ThaiDates.fiscalYearOf(day)).as(day.toString()).isEqualTo(fiscalYear);
            }
        }
    }

    @Test
    void thaiDigitsReplaceOnlyArabicDigits() {
        assertThat(ThaiDates.thaiDigits("2018-08-31, ครั้งที่ 2/2561")).isEqualTo("๒๐๑๘-๐๘-๓๑, ครั้งที่ ๒/๒๕๖๑");
    }
}
