package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar as Spring wires it: schema.sql run by Spring's SQL initialisation, the table seeded before the
 * calendar bean exists, and the bean backed by the (editable) table.
 */
@JdbcTest
@Import({CalendarConfiguration.class, HolidayRepository.class, HolidaySeeder.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = "planning.calendar.holiday-cache-ttl=PT10M")
class CalendarConfigurationIntegrationTest {

    private static final LocalDate PROPOSALS_DUE = LocalDate.of(2018, 8, 31);

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    HolidayRepository holidays;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCalendarBeanSeesTheSeededHolidaysAndFollowsEdits() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday WHERE holiday_date < DATE '2019-01-01'",
                Integer.class)).isEqualTo(22);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday", Integer.class)).isEqualTo(225);
        assertThat(calendar.firstWorkingDayAfter(LocalDate.of(2018, 4, 11))).isEqualTo("2018-04-17");
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");

        holidays.add(new Holiday(LocalDate.of(2018, 9, 3), "วันหยุดพิเศษ", "Special holiday", false));
        try {
            assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-04");
        } finally {
            holidays.delete(LocalDate.of(2018, 9, 3));
        }
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");
    }
}
