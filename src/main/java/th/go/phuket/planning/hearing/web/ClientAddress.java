package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.hearing.HearingSettings;

/**
 * The address a comment or report comes from, for the rate limit and distinct reports: the TCP peer, unless the peer
 * is a trusted proxy ({@code planning.hearing.trusted-proxies}), then the client it names in {@code X-Forwarded-For}.
 */
@Component
public class ClientAddress {

    private final HearingSettings settings;

    public ClientAddress(HearingSettings settings) {
        this.settings = settings;
    }

    public String of(HttpServletRequest request) {
        Object noted = request.getAttribute(PeerAddressValve.ATTRIBUTE);
        String peer = noted instanceof String address ? address : request.getRemoteAddr();
        List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
        return settings.trustedProxies().client(peer, forwarded);
    }
}
