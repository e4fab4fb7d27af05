package th.go.phuket.planning.hearing.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The public pages' micro-cache: one rendering per variant and second; never for someone who just wrote. */
class PublicPageCacheTest {

    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void aCrowdReadingThePageCostsOneRendering() throws Exception {
        PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1));

        MockHttpServletResponse first = get(cache, "/hearing/phuket-2563", null);
        MockHttpServletResponse second = get(cache, "/hearing/phuket-2563", null);

        assertThat(renderings).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("page 1");
        assertThat(second.getContentType()).startsWith("text/html");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        get(cache, "/hearing/phuket-2563?page=2", null);
        assertThat(renderings).as("another page is another variant").hasValue(2);
    }

    @Test
    void whoJustCommentedReportedOrAsksForFreshGetsARendering() throws Exception {
        PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1));
        get(cache, "/hearing/phuket-2563", null);

        get(cache, "/hearing/phuket-2563?posted=abc", null);
        get(cache, "/hearing/phuket-2563?reported=abc", null);
        MockHttpServletRequest fresh = request("/hearing/phuket-2563");
        fresh.addHeader("Cache-Control", "no-cache");
        cache.doFilter(fresh, new MockHttpServletResponse(), chain(HttpServletResponse.SC_OK));

        assertThat(renderings).hasValue(4);
    }

    @Test
    void onlySuccessfulAnswersAreKeptAndTheyExpire() throws Exception {
        PublicPageCache cache = new PublicPageCache(Duration.ofMillis(30));
        MockHttpServletResponse missing = new MockHttpServletResponse();
        cache.doFilter(request("/hearing/nope"), missing, chain(HttpServletResponse.SC_NOT_FOUND));
        cache.doFilter(request("/hearing/nope"), new MockHttpServletResponse(), chain(HttpServletResponse.SC_NOT_FOUND));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(renderings).hasValue(2);

        get(cache, "/hearing/phuket-2563", null);
        Thread.sleep(60);
        get(cache, "/hearing/phuket-2563", null);
        assertThat(renderings).hasValue(4);
        new PublicPageCache(Duration.ZERO).doFilter(request("/hearing/phuket-2563"), new MockHttpServletResponse(),
                chain(HttpServletResponse.SC_OK));
        assertThat(renderings).as("0 turns it off").hasValue(5);
    }

    private MockHttpServletResponse get(PublicPageCache cache, String uri, String ignored) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(uri), response, chain(HttpServletResponse.SC_OK));
        return response;
    }

    private static MockHttpServletRequest request(String uri) {
        String[] parts = uri.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        if (parts.length == 2) {
            request.setQueryString(parts[1]);
            String[] pair = parts[1].split("=", 2);
            request.addParameter(pair[0], pair[1]);
        }
        return request;
    }

    private MockFilterChain chain(int status) {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                int n = renderings.incrementAndGet();
                response.setStatus(status);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Content-Security-Policy", "default-src 'self'");
                response.getWriter().write("page " + n);
            }
        });
    }
}
