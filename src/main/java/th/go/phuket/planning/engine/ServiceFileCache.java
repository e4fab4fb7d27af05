package th.go.phuket.planning.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A class loader that reads each {@code META-INF/services/…} file of its parent once and answers later lookups
 * from memory; everything else (classes, other resources) is its parent's.
 *
 * <p>Camunda's engine REST finds its process engine with {@code ServiceLoader.load(ProcessEngineProvider.class)}
 * on every call ({@code EngineUtil.lookupProcessEngine}, twice per request), and {@code ServiceLoader} asks the
 * thread's context class loader for that file anew each time: in the app's jar that is a search through each of
 * its ~130 nested jars and a read of the one that has it. Measured with JFR in the benchmark's cycle: about 5 % of
 * the app's CPU and 40 MB of garbage per cycle, and the JIT compiling the jar-URL code over and over. The jars do
 * not change while the app runs, so what a file said once it says for good.
 *
 * <p>Classes are never defined here: {@link #loadClass} goes to the parent (the default delegation), so a class
 * found through this loader is the very class the parent gives everyone else.
 */
final class ServiceFileCache extends ClassLoader {

    static final String SERVICES = "META-INF/services/";

    static {
        registerAsParallelCapable();
    }

    private final ConcurrentMap<String, List<URL>> files = new ConcurrentHashMap<>();

    ServiceFileCache(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> known = files.get(name);
        if (known == null) {
            known = read(name);
            List<URL> first = files.putIfAbsent(name, known);
            known = first == null ? known : first;
        }
        return Collections.enumeration(known);
    }

    /** Each file the parent has under that name, as a URL of the same address that reads the bytes read now. */
    private List<URL> read(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Enumeration<URL> found = getParent().getResources(name); found.hasMoreElements(); ) {
            URL url = found.nextElement();
            byte[] content;
            try (InputStream in = url.openStream()) {
                content = in.readAllBytes();
            }
            urls.add(inMemory(url, content));
        }
        return List.copyOf(urls);
    }

    @SuppressWarnings("deprecation") // URL's constructor with a handler: the only way to one of our own in Java 17
    private static URL inMemory(URL original, byte[] content) throws IOException {
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(content);
                    }

                    @Override
                    public int getContentLength() {
                        return content.length;
                    }
                };
            }
        };
        return new URL(original.getProtocol(), original.getHost(), original.getPort(), original.getFile(), handler);
    }
}
