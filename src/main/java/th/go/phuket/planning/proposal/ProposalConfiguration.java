package th.go.phuket.planning.proposal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The framework catalogue, the project rules and the screening, one of each for the application. */
@Configuration(proxyBeanMethods = false)
public class ProposalConfiguration {

    @Bean
    public FrameworkCatalogue frameworkCatalogue() {
        return FrameworkCatalogue.fromClasspath();
    }

    @Bean
    public ProjectChecks projectChecks(FrameworkCatalogue catalogue) {
        return new ProjectChecks(catalogue);
    }

    @Bean
    public ProposalScreening proposalScreening(FrameworkCatalogue catalogue) {
        return new ProposalScreening(catalogue);
    }
}
