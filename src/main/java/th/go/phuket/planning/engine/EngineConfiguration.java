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

    /** Static for the same reason; {@code planning.h2.write-delay} 0 (the default) keeps every acknowledged commit. */
    @Bean
    static H2Durability h2Durability(
            @Value("${planning.h2.write-delay:" + H2Durability.DEFAULT_DELAY_MS + "}") int writeDelayMs) {
        return new H2Durability(writeDelayMs);
    }

    @Bean
    RehearsalClock rehearsalClock(ManagementService managementService, IdentityService identityService) {
        RehearsalClock clock = new RehearsalClock(managementService, identityService);
        clock.restore();
        return clock;
    }
}
