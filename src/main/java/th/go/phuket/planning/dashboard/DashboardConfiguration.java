package th.go.phuket.planning.dashboard;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/** The read model behind {@code /api/cycles/**} and {@code /dashboard}. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    CamundaLinks camundaLinks(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        return new CamundaLinks(webappPath);
    }

    @Bean
    ProgressReader progressReader(HistoryService history, TaskService tasks, WorkingDayCalendar calendar,
            AgencyDirectory directory, CamundaLinks links) {
        return new ProgressReader(history, tasks, calendar, directory, links);
    }
}
