package th.go.phuket.planning.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the nearest folder, from the working directory up, that holds pom.xml and .ci/. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    static Path find() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (pom.xml and .ci/) at or above " + start);
    }
}
