package th.go.phuket.planning.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Finds out who sent a request: HTTP Basic checked against the engine's identity service (as engine REST does), or
 * else the login of the Camunda webapps kept in the HTTP session, so a person logged into Cockpit or Tasklist
 * opens the dashboard without logging in again. Reusable by any page or API of the app.
 */
@Component
public class RequestAuthenticator {

    /** The outcome: a user, nobody, or credentials that were sent and are wrong. */
    public record Outcome(AuthenticatedUser user, boolean credentialsRejected) {

        static final Outcome ANONYMOUS = new Outcome(null, false);
        static final Outcome REJECTED = new Outcome(null, true);

        public Optional<AuthenticatedUser> authenticated() {
            return Optional.ofNullable(user);
        }
    }

    private static final String BASIC = "basic ";

    private final ProcessEngine engine;

    public RequestAuthenticator(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    public Outcome authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(header.substring(BASIC.length()).trim());
        }
        return fromWebappSession(request.getSession(false));
    }

    private Outcome basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Outcome.REJECTED;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Outcome.REJECTED;
        }
        String userId = decoded.substring(0, colon);
        var identity = engine.getIdentityService();
        // no authentication may be set on this thread while checking: the checks must not depend on a caller
        identity.clearAuthentication();
        if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
            return Outcome.REJECTED;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        return new Outcome(new AuthenticatedUser(userId, groups, AuthenticatedUser.Source.HTTP_BASIC), false);
    }

    private Outcome fromWebappSession(HttpSession session) {
        if (session == null) {
            return Outcome.ANONYMOUS;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine.getName());
        if (login instanceof UserAuthentication user && user.getIdentityId() != null) {
            List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            return new Outcome(new AuthenticatedUser(user.getIdentityId(), groups,
                    AuthenticatedUser.Source.WEBAPP_SESSION), false);
        }
        return Outcome.ANONYMOUS;
    }
}
