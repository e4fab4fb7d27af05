package th.go.phuket.planning.cycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/** The cycle's listeners, named as the BPMN's delegate expressions name them. */
@Configuration(proxyBeanMethods = false)
class CycleConfiguration {

    @Bean
    CycleStartParser cycleStartParser(AgencyDirectory directory) {
        return new CycleStartParser(directory);
    }

    @Bean
    CycleSchedule cycleSchedule(WorkingDayCalendar calendar) {
        return new CycleSchedule(calendar);
    }

    @Bean
    CycleRegistry cycleRegistry() {
        return new CycleRegistry();
    }

    @Bean
    InitialiseCycleListener initialiseCycleListener(CycleStartParser parser, CycleSchedule schedule,
                                                    CycleRegistry registry) {
        return new InitialiseCycleListener(parser, schedule, registry);
    }

    @Bean
    ResetDecisionListener resetDecisionListener() {
        return new ResetDecisionListener();
    }

    @Bean
    DescribeTaskListener describeTaskListener() {
        return new DescribeTaskListener();
    }
}
