package th.go.phuket.planning.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.phuket.planning.support.Messages;

/**
 * Guards {@code /api/**} and the app's pages ({@code /dashboard}, {@code /outbox}): the caller must be a user of
 * the engine (HTTP Basic, or the Camunda webapps' login in the session), allowed by {@link ApiAccessPolicy}; the
 * engine then sees the request as that user, so its authorizations apply to everything the request does.
 * Without a user: 401 with {@code WWW-Authenticate: Basic} for APIs, the Camunda login page for pages. A change
 * made with the session login must carry the Camunda webapps' CSRF token ({@code X-XSRF-TOKEN}).
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    public static final String LOGIN_PAGE = "/camunda/app/cockpit/default/#/login";
    /** The public hearing's API: anyone, without login (SPEC, Public hearing). */
    public static final String PUBLIC_API = "/api/public/";
    /** The form field of the CSRF token, for pages whose forms post without JavaScript. */
    public static final String CSRF_FIELD = "_csrf";
    static final String REALM = "Basic realm=\"planning-cycle\", charset=\"UTF-8\"";

    private final RequestAuthenticator authenticator;
    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();

    public ApiAuthenticationFilter(RequestAuthenticator authenticator, IdentityService identityService) {
        this.authenticator = authenticator;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RequestAuthenticator.Outcome outcome = authenticator.authenticate(request);
        AuthenticatedUser user = outcome.user();
        if (user == null) {
            refuseAnonymous(request, response, path, outcome.credentialsRejected());
            return;
        }
        if (!ApiAccessPolicy.allows(request.getMethod(), path, user)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "security.forbidden", user.userId());
            return;
        }
        if (user.source() == AuthenticatedUser.Source.WEBAPP_SESSION && !ApiAccessPolicy.isSafe(request.getMethod())
                && !csrfTokenMatches(request)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "security.csrf");
            return;
        }
        request.setAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE, user);
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            chain.doFilter(new SignedInRequest(request, user), response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(PUBLIC_API);
    }

    /**
     * The request as the servlet API tells who sent it: {@code getRemoteUser()} is the engine user and
     * {@code isUserInRole(group)} its groups, so a controller that records who changed something needs nothing of
     * this package.
     */
    private static final class SignedInRequest extends HttpServletRequestWrapper {

        private final AuthenticatedUser user;

        SignedInRequest(HttpServletRequest request, AuthenticatedUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user.userId();
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return user::userId;
        }

        @Override
        public boolean isUserInRole(String group) {
            return user.groupIds().contains(group);
        }
    }

    private void refuseAnonymous(HttpServletRequest request, HttpServletResponse response, String path,
                                 boolean rejected) throws IOException {
        if (!path.startsWith("/api/") && !rejected) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        response.setHeader("WWW-Authenticate", REALM);
        problem(response, HttpServletResponse.SC_UNAUTHORIZED,
                rejected ? "security.badCredentials" : "security.unauthenticated");
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        // a plain form of the app's pages (works without JavaScript) carries the token as a field instead
        String sent = header != null ? header : request.getParameter(CSRF_FIELD);
        return expected != null && expected.equals(sent);
    }

    private void problem(HttpServletResponse response, int status, String messageKey, Object... args)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Messages.get(messageKey + ".title"));
        body.put("status", status);
        body.put("detail", Messages.get(messageKey, args));
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
