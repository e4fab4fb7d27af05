package th.go.phuket.planning.hearing.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Notes the TCP peer of every request before Tomcat's {@code RemoteIpValve} (on with
 * {@code server.forward-headers-strategy: native}, as in production) replaces it with an address from
 * {@code X-Forwarded-For}: the hearing decides itself which proxies it believes ({@code planning.hearing.trusted-
 * proxies}), so a client on the internal network cannot pick its own address for the rate limit.
 */
public class PeerAddressValve extends ValveBase {

    public static final String ATTRIBUTE = PeerAddressValve.class.getName() + ".peer";

    public PeerAddressValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, request.getRemoteAddr());
        getNext().invoke(request, response);
    }

    /** Puts the valve first in Tomcat's engine pipeline (Spring Boot adds its own valves in a later customizer). */
    @Component
    public static class First implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addEngineValves(new PeerAddressValve());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
