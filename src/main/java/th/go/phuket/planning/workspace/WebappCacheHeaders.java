package th.go.phuket.planning.workspace;

import java.io.IOException;
import java.util.regex.Pattern;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-cache} on the webapp files this product replaces or adds (translations, config.js,
 * user styles, the Thai workspace scripts): Camunda asks for them with {@code ?bust=7.24.0}, which stays the same
 * when our files change, and without a header a browser may reuse its copy for days after an upgrade. With it the
 * browser asks every time and gets a 304 while the file is unchanged. (A filter bean: Spring Boot puts it before
 * every request; {@link #shouldNotFilter} lets everything else pass untouched.)
 */
@Component
public class WebappCacheHeaders extends OncePerRequestFilter {

    static final Pattern OURS = Pattern.compile(
            "/app/(?:(?:tasklist|cockpit|admin|welcome)/(?:locales/[\\w-]+\\.json|scripts/config\\.js"
                    + "|styles/user-styles\\.css)|thai-workspace/[\\w-]+\\.(?:js|css))");

    private final String webappPath;

    /** {@code webappPath}: where the Camunda webapps are served, {@code /camunda} by default. */
    public WebappCacheHeaders(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappPath = webappPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(webappPath) || !OURS.matcher(path.substring(webappPath.length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
