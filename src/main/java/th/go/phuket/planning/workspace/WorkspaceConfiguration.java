package th.go.phuket.planning.workspace;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The Thai workspace of the Camunda webapps: its files live under
 * {@code META-INF/resources/webjars/camunda/app/} (they win over the webjar's, being first on the classpath);
 * here only what the server adds to them.
 */
@Configuration(proxyBeanMethods = false)
public class WorkspaceConfiguration {

    @Bean
    public FilterRegistrationBean<WebappCacheHeaders> webappCacheHeaders(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new WebappCacheHeaders(webappPath));
        registration.setName("webapp-cache-headers");
        registration.addUrlPatterns(webappPath + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
