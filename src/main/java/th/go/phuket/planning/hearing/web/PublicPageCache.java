package th.go.phuket.planning.hearing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Micro-cache of the hearing's public reads (the page, the record, the JSON): the same answer is served to everyone
 * for {@code planning.hearing.page-cache} (default 1 s), so a crowd reading the page costs one rendering per second
 * and variant, not one per reader. Only anonymous GETs without {@code posted} or {@code reported} (someone who just
 * commented or reported is always shown the fresh page) and only 200 answers; one request renders while the others
 * of the same variant wait for it. Each node keeps its own copy: a reader may see a comment a second late. It is no
 * defence (another query string is another variant), only what keeps a crowd of readers cheap.
 */
public class PublicPageCache extends OncePerRequestFilter {

    private static final Pattern CACHED = Pattern.compile(
            "/hearing/[^/]+(/record)?|/api/public/cycles/[^/]+/hearing");
    private static final int MAX_ENTRIES = 2_000;

    private record Entry(byte[] body, String contentType, String policy, long freshUntil) {
    }

    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public PublicPageCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ttlNanos <= 0 || !"GET".equals(request.getMethod()) || !CACHED.matcher(path).matches()
                || request.getParameter("posted") != null || request.getParameter("reported") != null
                || request.getHeader("Authorization") != null || noCache(request.getHeader("Cache-Control"));
    }

    /** A client that asks for a fresh answer ({@code Cache-Control: no-cache}, a browser's hard reload) gets one. */
    private static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString())
                + "|" + request.getHeader("Accept");
        Entry fresh = fresh(key);
        if (fresh == null) {
            synchronized (locks.computeIfAbsent(key, k -> new Object())) {
                fresh = fresh(key);
                if (fresh == null) {
                    fresh = render(key, request, response, chain);
                    if (fresh == null) {
                        return;
                    }
                }
            }
        }
        write(fresh, response);
    }

    private Entry fresh(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.freshUntil() - System.nanoTime() > 0 ? entry : null;
    }

    /** Renders through the chain; a 200 is kept (and written by the caller), anything else goes out as it is. */
    private Entry render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK) {
            wrapper.copyBodyToResponse();
            return null;
        }
        Entry entry = new Entry(wrapper.getContentAsByteArray(), wrapper.getContentType(),
                wrapper.getHeader("Content-Security-Policy"), System.nanoTime() + ttlNanos);
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(old -> old.freshUntil() - System.nanoTime() <= 0);
            locks.keySet().retainAll(entries.keySet());
        }
        entries.put(key, entry);
        return entry;
    }

    private static void write(Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        if (entry.policy() != null) {
            response.setHeader("Content-Security-Policy", entry.policy());
        }
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }
}
