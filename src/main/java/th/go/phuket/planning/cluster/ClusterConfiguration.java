package th.go.phuket.planning.cluster;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What several nodes on one database need beyond the engine's own job executor: one first start at a time. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    /** Static: a post-processor must exist before the data source it watches for. */
    @Bean
    static FirstStartLock firstStartLock(
            @Value("${planning.cluster.first-start-max-wait:PT10M}") Duration maxWait) {
        return new FirstStartLock(maxWait);
    }
}
