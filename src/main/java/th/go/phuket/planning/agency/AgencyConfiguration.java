package th.go.phuket.planning.agency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory and the two seeders. The seeders are process engine plugins: Camunda's starter hands every
 * {@code ProcessEnginePlugin} bean to the engine, which runs them once it is built and before any bean can get
 * the engine or its services — so whatever starts the demo cycle needs no ordering of its own.
 */
@Configuration(proxyBeanMethods = false)
public class AgencyConfiguration {

    @Bean
    public AgencyDirectory agencyDirectory() {
        return AgencyDirectory.fromClasspath();
    }

    @Bean
    public IdentitySeeder identitySeeder(AgencyDirectory agencyDirectory,
            @Value("${planning.demo.users:true}") boolean demoUsers) {
        return new IdentitySeeder(agencyDirectory, demoUsers);
    }

    @Bean
    public TasklistFilterSeeder tasklistFilterSeeder() {
        return new TasklistFilterSeeder();
    }
}
