package th.go.phuket.planning.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /** Static: a post-processor must exist before the data source it changes. */
    @Bean
    static H2QueryCache h2QueryCache(@Value("${planning.h2.query-cache-size:" + H2QueryCache.DEFAULT_SIZE + "}") int size) {
        return new H2QueryCache(size);
    }

    @Bean
    RehearsalClock rehearsalClock(ManagementService managementService, IdentityService identityService) {
        RehearsalClock clock = new RehearsalClock(managementService, identityService);
        clock.restore();
        return clock;
    }
}
