package th.go.phuket.planning.engine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The engine REST requests' class loader ({@link EngineRestLookups}), a Spring Boot registration, hence a bean. */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

    /** Before every other filter, so the engine's authentication and the rights checks use it too. */
    @Bean
    public FilterRegistrationBean<EngineRestLookups> engineRestLookups() {
        var registration = new FilterRegistrationBean<>(new EngineRestLookups());
        registration.setName("engine-rest-lookups");
        registration.addUrlPatterns(EngineRestLookups.PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
