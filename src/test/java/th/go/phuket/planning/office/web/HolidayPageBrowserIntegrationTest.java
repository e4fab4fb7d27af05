package th.go.phuket.planning.office.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;
import th.go.phuket.planning.calendar.Holiday;
import th.go.phuket.planning.calendar.HolidayRepository;

/**
 * The strategy office keeps the 2027 holidays on its page in Chromium (import a bad and a good file, add, move,
 * remove); the table, the change log and the working days follow; a manager reads the page on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class HolidayPageBrowserIntegrationTest {

    static final String GOOD_FILE = "date,name_th,name_en,substitution,source,assumed\n"
            + "2027-01-01,วันขึ้นปีใหม่,New Year's Day,false,มติคณะรัฐมนตรี 1 ธ.ค. 2569,\n"
            + "2027-04-13,วันสงกรานต์,Songkran Festival,false,มติคณะรัฐมนตรี 1 ธ.ค. 2569,\n"
            + "2027-05-04,วันฉัตรมงคล,Coronation Day,false,,true\n";
    static final String BAD_FILE = GOOD_FILE + "2027-02-30,วันผิด,Wrong,false,,\n2027-06-03,,Queen's Birthday,yes,,\n";

    @LocalServerPort int port;
    @Autowired HolidayRepository holidays;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @AfterEach
    void forget2027() {
        holidays.findByYear(2027).forEach(holiday -> holidays.delete(holiday.date()));
        jdbc.update("DELETE FROM pc_holiday_change WHERE holiday_date >= DATE '2027-01-01'");
    }

    @Test
    void theOfficeKeepsTheHolidaysOfAYearOnItsPage() {
        BrowserRun run = BrowserScript.named("office-holidays")
                .env("GOOD_FILE", GOOD_FILE)
                .env("BAD_FILE", BAD_FILE)
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("empty year warns", "problem: ", "line 5, column date",
                "line 6, column name_th", "line 6, column substitution", "added: บันทึกวันหยุด 28 ก.ค. 2570",
                "moved: ย้ายวันฉัตรมงคล ไปวันที่ 5 พ.ค. 2570", "removed: ลบวันหยุด วันศุกร์ที่ 1 มกราคม 2570",
                "rows after import: 2027-01-01 2027-04-13 2027-05-04",
                "rows at the end: 2027-04-13 2027-05-05 2027-07-28",
                "manager reads 3 holidays, no editing");
        assertThat(holidays.findByYear(2027)).extracting(Holiday::date).containsExactly(LocalDate.of(2027, 4, 13),
                LocalDate.of(2027, 5, 5), LocalDate.of(2027, 7, 28));
        assertThat(holidays.findByDate(LocalDate.of(2027, 7, 28))).hasValueSatisfying(h -> {
            assertThat(h.source()).isEqualTo("มติคณะรัฐมนตรี 1 ธ.ค. 2569");
            assertThat(h.assumed()).isFalse();
        });
        List<String> log = jdbc.queryForList("SELECT action || ':' || changed_by FROM pc_holiday_change "
                + "WHERE holiday_date >= DATE '2027-01-01' ORDER BY id", String.class);
        assertThat(log).containsExactly("ADD:strategy", "ADD:strategy", "ADD:strategy", "ADD:strategy",
                "MOVE:strategy", "REMOVE:strategy");
        assertThat(run.screenshots()).hasSize(5).allSatisfy(shot -> assertThat(shot).isNotEmptyFile());
    }
}
