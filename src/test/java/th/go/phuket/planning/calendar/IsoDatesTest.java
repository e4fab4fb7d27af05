package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void readsIsoDatesIgnoringSurroundingSpaces() {
        assertThat(IsoDates.parse("2018-08-31")).isEqualTo("2018-08-31");
        assertThat(IsoDates.parse(" 2018-08-31\n")).isEqualTo("2018-08-31");
        assertThat(IsoDates.parse("2016-02-29")).as("leap day").isEqualTo("2016-02-29");
    }

    @Test
    void impossibleDatesAreRefusedAsNotRealDates() {
        assertThatThrownBy(() -> IsoDates.parse("2018-02-30")).isInstanceOf(CalendarInputException.class)
                .hasMessage("ไม่มีวันที่ 2018-02-30 ในปฏิทิน (2018-02-30 is not a real date)");
        assertThatThrownBy(() -> IsoDates.parse("2018-02-29")).hasMessageContaining("2018-02-29 is not a real date");
        assertThatThrownBy(() -> IsoDates.parse("2018-13-01")).hasMessageContaining("2018-13-01 is not a real date");
        assertThatThrownBy(() -> IsoDates.parse("2018-09-31")).hasMessageContaining("2018-09-31 is not a real date");
    }

    @Test
    void malformedDatesAreRefusedWithTheExpectedFormat() {
        for (String malformed : new String[] {"31/08/2018", "2018-8-31", "2018-08-31T10:00", "yesterday"}) {
            assertThatThrownBy(() -> IsoDates.parse(malformed)).as(malformed)
                    .isInstanceOf(CalendarInputException.class)
                    .hasMessageStartingWith("รูปแบบวันที่ไม่ถูกต้อง: \"" + malformed + "\"")
                    .hasMessageEndingWith("(malformed date \"" + malformed + "\": use yyyy-MM-dd, e.g. 2018-08-31)");
        }
    }

    @Test
    void missingDatesAreRefused() {
        assertThatThrownBy(() -> IsoDates.parse(null)).hasMessageStartingWith("กรุณาระบุวันที่");
        assertThatThrownBy(() -> IsoDates.parse("  ")).hasMessageContaining("(a date is required");
    }

    @Test
    void buddhistEraYearsAreRefusedWithTheCommonEraYearSuggested() {
        assertThatThrownBy(() -> IsoDates.parse("2561-08-31")).isInstanceOf(CalendarInputException.class)
                .hasMessageStartingWith("ปี 2561 เป็นปี พ.ศ. กรุณาใช้ปี ค.ศ. เช่น 2018")
                .hasMessageContaining("use the Common Era year, e.g. 2018");
        assertThatThrownBy(() -> IsoDates.parse("1800-01-01")).hasMessageContaining("year 1800 is out of range");
    }
}
