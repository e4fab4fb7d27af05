package th.go.phuket.planning.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's working-day calendar, backed by the holiday table. A {@code @Bean} because the calendar's
 * arithmetic stays free of Spring (it runs in engine-only tests and in delegates alike); it depends on the seeder,
 * so whoever computes a due date at start-up already sees the seeded holidays.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(HolidayRepository holidayRepository, HolidaySeeder seededHolidays) {
        return new WorkingDayCalendar(holidayRepository);
    }
}
