package th.go.phuket.planning.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of Markdown pages and whether they resolve: the file (or folder) exists and, for a link to a
 * Markdown page with {@code #anchor}, the page has a heading (or an {@code <a id>}/{@code <a name>}) with that anchor
 * as GitHub makes it (lower case, punctuation dropped, spaces to hyphens, {@code -1}, {@code -2} for repeats).
 * Links to web addresses and mail are not followed; code blocks and inline code are skipped.
 */
final class MarkdownLinks {

    /** One link that does not resolve: page, line, the link, and why. */
    record Broken(Path page, int line, String target, String reason) {

        @Override
        public String toString() {
            return page + ":" + line + ": " + target + " (" + reason + ")";
        }
    }

    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?"
            + "(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML_HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]+)\"");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> anchorsByPage = new HashMap<>();

    /** Every link of {@code page} that does not resolve. */
    List<Broken> check(Path page) {
        List<Broken> broken = new ArrayList<>();
        List<String> lines = prose(page);
        for (int i = 0; i < lines.size(); i++) {
            for (String target : targets(lines.get(i))) {
                String reason = problem(page, target);
                if (reason != null) {
                    broken.add(new Broken(page, i + 1, target, reason));
                }
            }
        }
        return broken;
    }

    private String problem(Path page, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(decode(file)).normalize();
        if (!Files.exists(resolved)) {
            return "no such file " + resolved;
        }
        if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) {
            return null;
        }
        Set<String> anchors = anchorsByPage.computeIfAbsent(resolved, MarkdownLinks::anchors);
        return anchors.contains(decode(anchor).toLowerCase(Locale.ROOT)) ? null
                : "no heading with anchor #" + anchor + " in " + resolved.getFileName();
    }

    /** The anchors GitHub gives the headings of {@code page}, plus explicit HTML anchors. */
    static Set<String> anchors(Path page) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(page)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return anchors;
    }

    /** GitHub's anchor of a heading's text: {@code "2. Settings (environment)"} gives {@code 2-settings-environment}. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "")
                .replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static List<String> targets(String line) {
        List<String> targets = new ArrayList<>();
        String text = INLINE_CODE.matcher(line).replaceAll("");
        for (Pattern pattern : List.of(INLINE, HTML_HREF)) {
            Matcher link = pattern.matcher(text);
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            targets.add(reference.group(1));
        }
        return targets;
    }

    /** The page's lines with fenced code blocks blanked (line numbers kept). */
    private static List<String> prose(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> prose = new ArrayList<>(lines.size());
        String fence = null;
        for (String line : lines) {
            String stripped = line.strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                prose.add("");
            } else if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                prose.add("");
            } else {
                prose.add(line);
            }
        }
        return prose;
    }

    private static String decode(String part) {
        return java.net.URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
