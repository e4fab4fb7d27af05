package th.go.phuket.planning.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link and anchor of {@code README.md} and of every page under {@code docs/} resolves: an operator
 * following the production guide never lands on a page or section that is not there.
 */
class DocumentationLinksTest {

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        Path root = root();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        MarkdownLinks links = new MarkdownLinks();
        List<MarkdownLinks.Broken> broken = pages.stream().flatMap(page -> links.check(page).stream()).toList();
        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(broken).as("links that do not resolve").isEmpty();
    }

    @Test
    void aMissingPageAndAMissingSectionAreBothFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("guide.md"), """
                # Production guide

                ## 2. Settings (environment variables)
                ## วันหยุดราชการ
                ## Settings
                ## Settings
                <a id="csrf"></a>

                See [mail](mail.md), [settings](#2-settings-environment-variables), [again](#settings-1),
                [holidays](#วันหยุดราชการ), [token](#csrf), [gone](#upgrading) and [web](https://example.org/x.md).
                `[not a link](nowhere.md)`
                ```
                [in code](nowhere.md)
                ```
                [ref]: other.md#top
                """);
        Files.writeString(dir.resolve("other.md"), "# Other\n");

        List<MarkdownLinks.Broken> broken = new MarkdownLinks().check(dir.resolve("guide.md"));

        assertThat(broken).extracting(MarkdownLinks.Broken::target)
                .containsExactly("mail.md", "#upgrading", "other.md#top");
        assertThat(broken.get(0).line()).isEqualTo(9);
    }

    @Test
    void anchorsAreMadeAsGithubMakesThem() {
        assertThat(MarkdownLinks.slug("3. Build and start")).isEqualTo("3-build-and-start");
        assertThat(MarkdownLinks.slug("`/api/holidays` and the page")).isEqualTo("apiholidays-and-the-page");
        assertThat(MarkdownLinks.slug("Camunda's login lock-out")).isEqualTo("camundas-login-lock-out");
        assertThat(MarkdownLinks.slug("วันหยุด (Holidays)")).isEqualTo("วันหยุด-holidays");
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
