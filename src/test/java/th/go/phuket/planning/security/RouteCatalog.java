package th.go.phuket.planning.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the running app answers, read from the app itself so that the isolation matrix never runs on a list
 * that went stale: the app's own controllers from Spring MVC's handler mapping, and engine REST from the JAX-RS
 * resource classes Jersey serves (root resources, then each sub-resource locator's return type, as Jersey does).
 */
final class RouteCatalog {

    /** One route: an HTTP method and a path template such as {@code /task/{id}/claim}. */
    record Route(String method, String path) implements Comparable<Route> {

        @Override
        public int compareTo(Route other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The default engine's resources are also served under this prefix (the named-engine root). */
    static final String NAMED_ENGINE_PREFIX = "/engine/{name}";
    private static final int MAX_LOCATOR_DEPTH = 8;

    private RouteCatalog() {
    }

    /**
     * Engine REST routes of the default engine's root resource, relative to {@code /engine-rest}. The named root
     * ({@code /engine/{name}/…}) serves the same resources; the matrix calls it as a caller of its own.
     */
    static Set<Route> engineRest(Collection<Class<?>> registeredClasses) {
        Set<Route> routes = new TreeSet<>();
        for (Class<?> resource : registeredClasses) {
            Path root = resource.getAnnotation(Path.class);
            if (root != null) {
                String prefix = normalise(root.value());
                walk(resource, prefix.equals("/") ? "" : prefix, 0, routes);
            }
        }
        Set<Route> defaultEngine = new TreeSet<>();
        for (Route route : routes) {
            if (!route.path().startsWith("/engine")) {
                defaultEngine.add(route);
            }
        }
        if (defaultEngine.isEmpty()) {
            throw new IllegalStateException("No engine REST resource found among " + registeredClasses);
        }
        return defaultEngine;
    }

    /** The app's own routes (pages and {@code /api/**}), one per method and path pattern. */
    static Set<Route> app(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST", "PUT", "DELETE")
                    : methods.stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                names.forEach(method -> routes.add(new Route(method, pattern)));
            }
        }
        return routes;
    }

    private static void walk(Class<?> type, String prefix, int depth, Set<Route> routes) {
        if (depth > MAX_LOCATOR_DEPTH) {
            return;
        }
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || method.isBridge()) {
                continue;
            }
            Path path = annotation(method, Path.class);
            String httpMethod = httpMethod(method);
            String full = prefix + (path == null ? "" : normalise(path.value()));
            if (httpMethod != null) {
                routes.add(new Route(httpMethod, full.isEmpty() ? "/" : full));
            } else if (path != null) {
                walk(method.getReturnType(), full, depth + 1, routes);
            }
        }
    }

    /** JAX-RS annotations sit on the interfaces the resource classes implement. */
    private static <A extends Annotation> A annotation(Method method, Class<A> type) {
        for (Method candidate : sameMethodInSupertypes(method)) {
            A found = candidate.getAnnotation(type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Method candidate : sameMethodInSupertypes(method)) {
            for (Annotation annotation : candidate.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    return http.value();
                }
            }
        }
        return null;
    }

    private static List<Method> sameMethodInSupertypes(Method method) {
        Set<Method> found = new LinkedHashSet<>();
        found.add(method);
        Deque<Class<?>> types = new ArrayDeque<>(List.of(method.getDeclaringClass()));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (!seen.add(type)) {
                continue;
            }
            try {
                found.add(type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notThere) {
                // declared further down only
            }
            types.addAll(Arrays.asList(type.getInterfaces()));
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
        }
        return List.copyOf(found);
    }

    /** {@code {id: .+}} → {@code {id}}, a leading slash, no trailing slash. */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        if (!plain.startsWith("/")) {
            plain = "/" + plain;
        }
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
