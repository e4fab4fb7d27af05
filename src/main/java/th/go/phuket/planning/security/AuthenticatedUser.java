package th.go.phuket.planning.security;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request to {@code /api/**} or a page of the app, as {@link RequestAuthenticator} found out: the engine
 * user id and its groups. Controllers read it with {@link #of(HttpServletRequest)}.
 */
public record AuthenticatedUser(String userId, List<String> groupIds, Source source) {

    /** How the user proved who they are. */
    public enum Source { HTTP_BASIC, WEBAPP_SESSION }

    static final String REQUEST_ATTRIBUTE = AuthenticatedUser.class.getName();

    public AuthenticatedUser {
        groupIds = List.copyOf(groupIds);
    }

    public boolean memberOfAny(String... groups) {
        return Arrays.stream(groups).anyMatch(groupIds::contains);
    }

    /** The user of a request that passed the {@link ApiAuthenticationFilter}; null on paths it does not guard. */
    public static AuthenticatedUser of(HttpServletRequest request) {
        return (AuthenticatedUser) request.getAttribute(REQUEST_ATTRIBUTE);
    }
}
