package th.go.phuket.planning.plan;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import th.go.phuket.planning.proposal.FrameworkCatalogue;

/** The plan's reader and its two file forms. */
@Configuration(proxyBeanMethods = false)
public class PlanConfiguration {

    @Bean
    public ActionPlanReader actionPlanReader(@Lazy HistoryService history) {
        return new ActionPlanReader(history);
    }

    @Bean
    public ActionPlanWorkbook actionPlanWorkbook(FrameworkCatalogue catalogue) {
        return new ActionPlanWorkbook(catalogue);
    }

    @Bean
    public ActionPlanCsv actionPlanCsv(FrameworkCatalogue catalogue) {
        return new ActionPlanCsv(catalogue);
    }
}
