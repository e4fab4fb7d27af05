package th.go.phuket.planning.calendar;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's working-day calendar, backed by the holiday table. The calendar bean depends on the seeder,
 * so whoever computes a due date at start-up already sees the seeded holidays.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    HolidayRepository holidayRepository(JdbcTemplate jdbc,
            @Value("${planning.calendar.holiday-cache-ttl:PT1M}") Duration cacheTtl) {
        return new HolidayRepository(jdbc, cacheTtl);
    }

    @Bean(initMethod = "seed")
    HolidaySeeder holidaySeeder(JdbcTemplate jdbc, HolidayRepository holidayRepository,
            @Value("${planning.calendar.holiday-files:" + HolidaySeeder.DEFAULT_LOCATION + "}") String location) {
        return new HolidaySeeder(jdbc, holidayRepository, location);
    }

    @Bean
    HolidayBook holidayBook(HolidayRepository holidayRepository, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, ObjectProvider<HolidayChangeListener> listeners) {
        return new HolidayBook(holidayRepository, jdbc, new TransactionTemplate(transactionManager),
                () -> listeners.orderedStream().toList(), Clock.systemUTC());
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(HolidayRepository holidayRepository, HolidaySeeder seededHolidays) {
        return new WorkingDayCalendar(holidayRepository);
    }
}
