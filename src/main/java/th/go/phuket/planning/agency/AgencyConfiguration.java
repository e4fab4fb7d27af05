package th.go.phuket.planning.agency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgencyConfiguration {

    @Bean
    AgencyDirectory agencyDirectory() {
        return AgencyDirectory.fromClasspath();
    }
}
