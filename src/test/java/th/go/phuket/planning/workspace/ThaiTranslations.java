package th.go.phuket.planning.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares a Thai translation file of a Camunda webapp with Camunda's English file: every key of the English file
 * (labels and date locale) must be in the Thai file, not empty, with the same {@code {{placeholders}}} and HTML
 * tags (real HTML elements; a text placeholder such as {@code <definition>} is translated); keys the English file
 * does not have are reported too (a Camunda upgrade renamed them).
 */
final class ThaiTranslations {

    static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
    static final String WEBAPP_FOLDER = "META-INF/resources/webjars/camunda/app/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>");
    /**
     * HTML elements: only these are tags to keep. Camunda also writes placeholders in angle brackets as text
     * ({@code <Operation>}, {@code <definition>} in a select box, {@code <null>}), which are translated.
     */
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "b", "i", "u", "em", "strong", "br", "code", "span",
            "div", "p", "ul", "ol", "li", "small", "sub", "sup", "pre", "hr", "kbd", "img", "table", "tr", "td", "th",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ThaiTranslations() {
    }

    static String localeFile(String app, String locale) {
        return WEBAPP_FOLDER + app + "/locales/" + locale + ".json";
    }

    /** Every copy of a resource on the classpath, first (the one served) first. */
    static List<URL> copies(String resource) {
        try {
            return Collections.list(ThaiTranslations.class.getClassLoader().getResources(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(URL url) {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    static JsonNode read(InputStream in) throws IOException {
        return JSON.readTree(in);
    }

    /** The problems of {@code thai} against {@code english}, one line each; empty when complete. */
    static List<String> problems(JsonNode english, JsonNode thai) {
        Map<String, JsonNode> englishLeaves = leaves(english);
        Map<String, JsonNode> thaiLeaves = leaves(thai);
        List<String> problems = new ArrayList<>();
        englishLeaves.forEach((key, value) -> {
            JsonNode translated = thaiLeaves.get(key);
            if (translated == null) {
                problems.add("missing: " + key);
            } else if (value.isTextual()) {
                compareText(key, value.asText(), translated, problems);
            } else if (!translated.getNodeType().equals(value.getNodeType())) {
                problems.add("not a " + value.getNodeType() + ": " + key);
            }
        });
        for (String key : thaiLeaves.keySet()) {
            if (!englishLeaves.containsKey(key)) {
                problems.add("not in the English file: " + key);
            }
        }
        return problems;
    }

    private static void compareText(String key, String english, JsonNode translated, List<String> problems) {
        if (!translated.isTextual() || translated.asText().isBlank()) {
            if (!english.isBlank()) {
                problems.add("empty: " + key);
            }
            return;
        }
        String thai = translated.asText();
        if (!placeholders(english).equals(placeholders(thai))) {
            problems.add("placeholders differ: " + key + ": " + placeholders(english) + " / " + placeholders(thai));
        }
        if (!tags(english).equals(tags(thai))) {
            problems.add("HTML tags differ: " + key + ": " + tags(english) + " / " + tags(thai));
        }
    }

    /** Leaves by dotted path; a list item is a leaf of its own ({@code dateLocales.months[0]}). */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", ""));
        }
        Collections.sort(found);
        return found;
    }

    static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            if (HTML_ELEMENTS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                found.add(matcher.group().split("[\\s>]")[0]);
            }
        }
        Collections.sort(found);
        return found;
    }

    static TreeSet<String> keys(JsonNode node) {
        return new TreeSet<>(leaves(node).keySet());
    }
}
