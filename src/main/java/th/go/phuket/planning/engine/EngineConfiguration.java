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
    static H2Settings h2Settings(
            @Value("${planning.h2.query-cache-size:" + H2Settings.DEFAULT_QUERY_CACHE_SIZE + "}") int queryCacheSize,
            @Value("${planning.h2.write-delay:" + H2Settings.DEFAULT_WRITE_DELAY_MS + "}") int writeDelayMs) {
        return new H2Settings(queryCacheSize, writeDelayMs);
    }

    @Bean
    RehearsalClock rehearsalClock(ManagementService managementService, IdentityService identityService) {
        RehearsalClock clock = new RehearsalClock(managementService, identityService);
        clock.restore();
        return clock;
    }
}
