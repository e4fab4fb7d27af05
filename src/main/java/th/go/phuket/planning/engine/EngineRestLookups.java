package th.go.phuket.planning.engine;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Runs each engine REST request (and the webapps' engine API, which is the same code) with a context class loader
 * that keeps the class path's {@code META-INF/services} files ({@link ServiceFileCache}), and gives the thread its
 * own class loader back afterwards, whatever the request did.
 *
 * <p>The cache sits over the class loader the server hands its threads (one in practice); a thread that arrives with
 * another loader gets a new cache over that one, so nothing is ever found through a loader the request would not
 * have used.
 */
public class EngineRestLookups implements Filter {

    /** Engine REST under both of its roots, and the webapps' engine API (Tasklist, Cockpit). */
    public static final String[] PATHS = {"/engine-rest/*", "/camunda/api/engine/*"};

    private volatile ServiceFileCache cache;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        if (own == null || own instanceof ServiceFileCache) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(cacheOver(own));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    private ServiceFileCache cacheOver(ClassLoader own) {
        ServiceFileCache known = cache;
        if (known == null || known.getParent() != own) {
            known = new ServiceFileCache(own);
            cache = known;
        }
        return known;
    }
}
