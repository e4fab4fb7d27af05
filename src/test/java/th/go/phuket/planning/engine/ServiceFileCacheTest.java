package th.go.phuket.planning.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServiceFileCacheTest {

    /** Counts the parent's lookups of each services file. */
    static final class CountingLoader extends URLClassLoader {
        final AtomicInteger servicesLookups = new AtomicInteger();

        CountingLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith(ServiceFileCache.SERVICES)) {
                servicesLookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    @Test
    void theEngineProviderIsFoundAsThroughTheParentButTheParentIsAskedOnce() {
        ClassLoader parent = getClass().getClassLoader();
        CountingLoader counting = new CountingLoader(new URL[0], parent);
        ServiceFileCache cache = new ServiceFileCache(counting);

        List<Class<?>> direct = providers(parent);
        assertThat(direct).as("the Camunda Spring Boot starter's provider is on the test class path").isNotEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(providers(cache)).isEqualTo(direct);
        }
        assertThat(counting.servicesLookups).hasValue(1);
    }

    @Test
    void aServicesFileIsReadOnceAndItsClassesAreTheParents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ServiceFileCache.SERVICES + Runnable.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# a comment\n" + Worker.class.getName() + "\n", StandardCharsets.UTF_8);
        ClassLoader parent = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        ServiceFileCache cache = new ServiceFileCache(parent);

        assertThat(names(cache)).containsExactly(Worker.class.getName());
        // what the file said once it says for good: the jars of a running app do not change
        Files.writeString(file, "no.such.Provider\n", StandardCharsets.UTF_8);
        assertThat(names(cache)).containsExactly(Worker.class.getName());
        assertThat(names(parent)).as("the parent itself reads the file again").containsExactly("no.such.Provider");

        assertThat(Class.forName(Worker.class.getName(), false, cache)).isSameAs(Worker.class);
        assertThat(cache.getResource(ServiceFileCache.SERVICES + Runnable.class.getName()))
                .as("single lookups are the parent's").isEqualTo(parent.getResource(
                        ServiceFileCache.SERVICES + Runnable.class.getName()));
        assertThat(Collections.list(cache.getResources(ServiceFileCache.SERVICES + "no.Such")))
                .as("a file no jar has stays absent").isEmpty();
        assertThat(Collections.list(cache.getResources("META-INF/MANIFEST.MF")))
                .as("other resources are the parent's")
                .hasSameSizeAs(Collections.list(parent.getResources("META-INF/MANIFEST.MF")));
    }

    @Test
    void theFilterRunsTheRequestWithTheCacheAndGivesTheThreadItsLoaderBack() throws Exception {
        EngineRestLookups filter = new EngineRestLookups();
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        AtomicReference<ClassLoader> during = new AtomicReference<>();
        FilterChain chain = (request, response) -> during.set(Thread.currentThread().getContextClassLoader());

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
        assertThat(during.get()).isInstanceOf(ServiceFileCache.class);
        assertThat(during.get().getParent()).isSameAs(own);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);

        ClassLoader first = during.get();
        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
        assertThat(during.get()).as("one cache for the server's loader").isSameAs(first);

        FilterChain failing = (request, response) -> {
            throw new ServletException("refused");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                failing)).hasMessage("refused");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
    }

    @Test
    void aThreadWithAnotherLoaderGetsACacheOverThatLoader() throws Exception {
        EngineRestLookups filter = new EngineRestLookups();
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        ClassLoader other = new URLClassLoader(new URL[0], own);
        List<ClassLoader> seen = new ArrayList<>();
        FilterChain chain = (request, response) -> seen.add(thread.getContextClassLoader());
        try {
            filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
            thread.setContextClassLoader(other);
            filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
            assertThat(thread.getContextClassLoader()).isSameAs(other);
        } finally {
            thread.setContextClassLoader(own);
        }
        assertThat(seen).extracting(ClassLoader::getParent).containsExactly(own, other);
    }

    private static List<Class<?>> providers(ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(ProcessEngineProvider.class, loader).stream().forEach(p -> found.add(p.type()));
        return found;
    }

    private static List<String> names(ClassLoader loader) throws IOException {
        List<String> found = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(ServiceFileCache.SERVICES + Runnable.class.getName()))) {
            try (var in = url.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(found::add);
            }
        }
        return found;
    }

    public static final class Worker implements Runnable {
        @Override
        public void run() {
        }
    }
}
