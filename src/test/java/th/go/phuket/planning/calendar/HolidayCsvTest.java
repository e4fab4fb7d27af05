package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    private static List<Holiday> read(String csv) {
        return HolidayCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "holidays-test.csv");
    }

    @Test
    void readsTheShippedHolidayFile() {
        List<Holiday> holidays = Holidays2018.load().all();
        assertThat(holidays).hasSize(22);
        assertThat(holidays.get(0)).usingRecursiveComparison().ignoringFields("source", "assumed").isEqualTo(
                new Holiday(LocalDate.of(2018, 1, 1), "วันขึ้นปีใหม่", "New Year's Day", false));
        assertThat(holidays).allSatisfy(holiday -> assertThat(holiday.assumed()).isFalse());
        assertThat(holidays.get(4).source()).as("12 Apr 2018").contains("27 Feb 2018");
        assertThat(holidays.get(1).nameTh()).isEqualTo("วันหยุดชดเชยวันสิ้นปี (๓๑ ธันวาคม ๒๕๖๐ ตรงกับวันอาทิตย์)");
        assertThat(holidays.get(21).nameEn()).isEqualTo("New Year's Eve");
    }

    @Test
    void readsQuotedFieldsColumnsInAnyOrderAByteOrderMarkAndBlankLines() {
        List<Holiday> holidays = read("\uFEFFname_en, date ,substitution,name_th\r\n"
                + "\"Memorial day, \"\"Rama IX\"\"\",2018-10-13,false,วันคล้ายวันสวรรคต\r\n"
                + "\r\n"
                + "Substitution,2018-10-15,true,\"วันหยุดชดเชย, ๑๕ ต.ค.\"\r\n");
        assertThat(holidays).containsExactly(
                new Holiday(LocalDate.of(2018, 10, 13), "วันคล้ายวันสวรรคต", "Memorial day, \"Rama IX\"", false),
                new Holiday(LocalDate.of(2018, 10, 15), "วันหยุดชดเชย, ๑๕ ต.ค.", "Substitution", true));
    }

    @Test
    void eachRowKeepsItsSourceAndARowWithoutOneIsAnAssumption() {
        List<Holiday> holidays = read("date,name_th,name_en,substitution,source,assumed\n"
                + "2027-01-01,วันขึ้นปีใหม่,New Year's Day,false,\"มติ ครม. 10 ธ.ค. 2569, ข้อ 1\",\n"
                + "2027-04-12,วันหยุดพิเศษ,Special holiday,false,ตามแนวปฏิบัติปีก่อน,true\n"
                + "2027-07-28,วันเฉลิมพระชนมพรรษา,King's Birthday,false,,\n");
        assertThat(holidays).extracting(Holiday::source, Holiday::assumed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("มติ ครม. 10 ธ.ค. 2569, ข้อ 1", false),
                org.assertj.core.groups.Tuple.tuple("ตามแนวปฏิบัติปีก่อน", true),
                org.assertj.core.groups.Tuple.tuple("", true));
        assertThatThrownBy(() -> read("date,name_th,name_en,substitution,assumed\n2027-01-01,ก,A,false,maybe\n"))
                .hasMessageContaining("line 2").hasMessageContaining("assumed must be true, false or empty");
    }

    @Test
    void aBrokenRowIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> read("date,name_th,name_en,substitution\n"
                + "2018-01-01,วันขึ้นปีใหม่,New Year's Day,false\n"
                + "2018-02-30,วันผิด,Wrong day,false\n"))
                .isInstanceOf(CalendarInputException.class)
                .hasMessageStartingWith("holidays-test.csv บรรทัด 3 คอลัมน์ date (holidays-test.csv line 3, column date):"
                        + " ไม่มีวันที่ 2018-02-30");
        assertThatThrownBy(() -> read("date,name_th,name_en,substitution\n2018-01-01,วันขึ้นปีใหม่,New Year,yes\n"))
                .hasMessageContaining("line 2").hasMessageContaining("got \"yes\"");
        assertThatThrownBy(() -> read("date,name_th,name_en,substitution\n2018-01-01,,New Year,false\n"))
                .hasMessageContaining("line 2").hasMessageContaining("nameTh is required");
    }

    @Test
    void parsingNamesEveryBadFieldOfEveryRow() {
        HolidayCsv.Parsed parsed = HolidayCsv.parse(new ByteArrayInputStream(("date,name_th,name_en,substitution\n"
                + "2027-01-01,วันขึ้นปีใหม่,New Year's Day,false\n"
                + "2027-02-30,,Nothing,maybe\n"
                + "2027-04-13,วันสงกรานต์,Songkran,false\n").getBytes(StandardCharsets.UTF_8)), "holidays-2027.csv");

        assertThat(parsed.holidays()).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 13));
        assertThat(parsed.problems()).hasSize(3).allSatisfy(problem -> assertThat(problem).contains("line 3"));
        assertThat(parsed.problems().get(0)).contains("column date").contains("2027-02-30 is not a real date");
        assertThat(parsed.problems().get(1)).contains("column name_th").contains("nameTh is required");
        assertThat(parsed.problems().get(2)).contains("column substitution").contains("got \"maybe\"");
    }

    @Test
    void aFileWithoutAColumnOrWithoutHeaderIsRefused() {
        assertThatThrownBy(() -> read("date,name_th,name_en\n2018-01-01,วันขึ้นปีใหม่,New Year\n"))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("has no column substitution");
        assertThatThrownBy(() -> read("")).hasMessageContaining("holiday file holidays-test.csv is empty");
    }

    @Test
    void aListWithTheSameDateTwiceIsRefused() {
        Holiday newYear = new Holiday(LocalDate.of(2018, 1, 1), "วันขึ้นปีใหม่", "New Year's Day", false);
        assertThatThrownBy(() -> Holidays.of(List.of(newYear, newYear)))
                .isInstanceOf(CalendarInputException.class).hasMessageContaining("holiday 2018-01-01 is listed twice");
    }
}
