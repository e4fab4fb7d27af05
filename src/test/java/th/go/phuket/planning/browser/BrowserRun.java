package th.go.phuket.planning.browser;

import java.nio.file.Path;
import java.util.List;

/** What a browser script printed and the screenshots it saved (each announced as a {@code screenshot: } line). */
public record BrowserRun(String script, String output, List<Path> screenshots) {

    public BrowserRun {
        screenshots = List.copyOf(screenshots);
    }
}
