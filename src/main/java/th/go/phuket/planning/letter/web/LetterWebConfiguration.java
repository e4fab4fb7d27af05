package th.go.phuket.planning.letter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.dashboard.CycleLetterList;
import th.go.phuket.planning.letter.LetterQueries;

/** The letters among the dashboard's sections. */
@Configuration(proxyBeanMethods = false)
class LetterWebConfiguration {

    @Bean
    CycleLetterList letterDashboardList(LetterQueries letters) {
        return new LetterDashboardList(letters);
    }
}
