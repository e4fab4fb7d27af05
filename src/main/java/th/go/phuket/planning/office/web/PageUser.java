package th.go.phuket.planning.office.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import th.go.phuket.planning.agency.GroupIds;

/**
 * Who looks at an office page, and what the page's script needs to change things: whether the user may edit (the
 * strategy office and administrators) and the CSRF token the API asks of a change made with the webapps' login.
 */
record PageUser(String userId, boolean canEdit, String csrfToken) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PageUser of(HttpServletRequest request) {
        String user = request.getRemoteUser();
        boolean canEdit = request.isUserInRole(GroupIds.STRATEGY_OFFICE) || request.isUserInRole(GroupIds.ADMIN);
        return new PageUser(user == null ? "" : user, canEdit, csrfToken(request));
    }

    /**
     * The session's token as the Camunda webapps keep it; a session that has not opened a webapp page yet gets one
     * made here (in the webapps' form, which they then use too).
     */
    private static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        synchronized (session) {
            Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (token == null) {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().withUpperCase().formatHex(bytes);
                session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
            }
            return token.toString();
        }
    }
}
