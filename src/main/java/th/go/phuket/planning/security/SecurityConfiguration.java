package th.go.phuket.planning.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/**
 * The servlet filters of rights, authentication and headers (Spring Boot's registrations, hence {@code @Bean}s):
 * engine REST and {@code /api/**} need a user of the engine (HTTP Basic; the APIs and pages also take the Camunda
 * webapps' login), every engine call is checked against the rights.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * The app's own pages that only logged-in users see: the dashboard, the outbox, the cycles' action plans, the
     * letters and the office's administration pages (holidays, agency directory, a cycle's start).
     */
    static final String[] GUARDED_PATHS = {"/api/*", "/dashboard", "/dashboard/*", "/outbox", "/outbox/*",
        "/cycles/*", "/letters/*", "/office/*"};

    /** Engine REST under both of its roots, and the webapps' engine API (Tasklist, Cockpit). */
    static final String[] ENGINE_API_PATHS = {"/engine-rest/*", "/camunda/api/engine/*"};

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(RequestAuthenticator authenticator,
            @Lazy IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(authenticator, identityService));
        registration.setName("api-authentication");
        registration.addUrlPatterns(GUARDED_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Outside the engine's authentication, so its refusals are rewritten too. */
    @Bean
    public FilterRegistrationBean<EngineErrorFilter> engineErrorAnswers() {
        var registration = new FilterRegistrationBean<>(new EngineErrorFilter());
        registration.setName("engine-error-answers");
        registration.addUrlPatterns(ENGINE_API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /** Inside the engine's authentication (engine REST), whose user it reads. */
    @Bean
    public FilterRegistrationBean<EngineRightsGuard> engineRightsGuard(RequestAuthenticator authenticator,
            @Lazy ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new EngineRightsGuard(authenticator, engine));
        registration.setName("engine-rights-guard");
        registration.addUrlPatterns(ENGINE_API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
