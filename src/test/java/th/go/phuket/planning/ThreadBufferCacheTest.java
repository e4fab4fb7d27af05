package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code PlanningApplication.main} caps the native buffer the JDK keeps per thread after a file write. Each case runs
 * in a JVM of its own ({@link Probe}), as the setting is read once per JVM: the probe writes 2 MB from a heap buffer,
 * as H2 writes a commit, and prints the native buffer memory still held afterwards.
 */
class ThreadBufferCacheTest {

    @TempDir
    Path dir;

    @Test
    void aLargeWriteKeepsNoNativeBufferOnceCapped() throws Exception {
        assertThat(heldAfterWrite(true, null)).isLessThan(300_000);
    }

    @Test
    void withoutTheCapTheThreadKeepsABufferAsLargeAsItsLargestWrite() throws Exception {
        assertThat(heldAfterWrite(false, null)).isGreaterThanOrEqualTo(2_000_000);
    }

    @Test
    void aValueGivenOnTheCommandLineWins() throws Exception {
        assertThat(heldAfterWrite(true, "4194304")).isGreaterThanOrEqualTo(2_000_000);
    }

    @Test
    void setsTheCapOnlyWhenAbsent() {
        Properties none = new Properties();
        PlanningApplication.limitThreadBufferCache(none);
        assertThat(none.getProperty(PlanningApplication.MAX_CACHED_BUFFER)).isEqualTo("262144");

        Properties given = new Properties();
        given.setProperty(PlanningApplication.MAX_CACHED_BUFFER, "1024");
        PlanningApplication.limitThreadBufferCache(given);
        assertThat(given.getProperty(PlanningApplication.MAX_CACHED_BUFFER)).isEqualTo("1024");
    }

    private long heldAfterWrite(boolean capped, String given) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (given != null) {
            command.add("-D" + PlanningApplication.MAX_CACHED_BUFFER + "=" + given);
        }
        command.addAll(List.of(Probe.class.getName(), String.valueOf(capped), dir.resolve("probe.bin").toString()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(probe.exitValue()).as(out).isZero();
        return Long.parseLong(out.lines().reduce((first, second) -> second).orElseThrow());
    }

    /** {@code Probe <capped> <file>}: prints the native ("direct") buffer memory in use after a 2 MB write. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            if (Boolean.parseBoolean(args[0])) {
                PlanningApplication.limitThreadBufferCache(System.getProperties());
            }
            try (FileChannel file = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                file.write(ByteBuffer.wrap(new byte[2_000_000]));
            }
            long used = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
            System.out.println(used);
        }
    }
}
