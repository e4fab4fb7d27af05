package th.go.phuket.planning.hearing.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The public pages' micro-cache, a servlet filter (the only object the hearing makes with {@code @Bean}). */
@Configuration(proxyBeanMethods = false)
class HearingWebConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            @Value("${planning.hearing.page-cache:1s}") Duration ttl) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(ttl));
        registration.setName("hearing-public-page-cache");
        registration.addUrlPatterns("/hearing/*", "/api/public/*");
        // after the security headers, which every answer carries whether rendered or replayed
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
