package th.go.phuket.planning.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RehearsalClock rehearsalClock(ManagementService managementService, IdentityService identityService) {
        RehearsalClock clock = new RehearsalClock(managementService, identityService);
        clock.restore();
        return clock;
    }
}
