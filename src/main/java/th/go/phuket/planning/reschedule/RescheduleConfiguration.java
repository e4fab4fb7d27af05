package th.go.phuket.planning.reschedule;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import th.go.phuket.planning.cycle.CycleSchedule;

/** Due dates of open tasks follow the holiday table (the calendar's holiday book finds this listener). */
@Configuration(proxyBeanMethods = false)
class RescheduleConfiguration {

    @Bean
    OpenTaskRescheduler openTaskRescheduler(@Lazy ProcessEngine engine, CycleSchedule schedule) {
        return new OpenTaskRescheduler(engine, schedule);
    }
}
