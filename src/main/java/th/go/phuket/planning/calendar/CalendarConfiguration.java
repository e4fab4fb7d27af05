package th.go.phuket.planning.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return new WorkingDayCalendar(CsvHolidays.of2018());
    }
}
