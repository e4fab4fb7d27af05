package th.go.phuket.planning.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;

/**
 * The chaos suite: the app's jar as separate processes on a database of its own, a real SMTP server in a JVM of its
 * own ({@link SmtpRecorder}) that outlives the app, and the faults of issue #11 — {@code kill -9} during a delivery
 * burst and right after acknowledged work, the mail server down across a reminder round, one that drops the
 * connection after taking a message, one that takes 30 s per message, a normal restart during a burst, and two
 * nodes on one PostgreSQL database with one of them killed while sixty agencies complete at once. Each scenario
 * prints acknowledged operations kept / made, emails expected / delivered once / lost / doubled, and the errors
 * users saw ({@link ChaosReport}).
 *
 * <p>Two lengths: {@link Settings#full()} false is the short version CI runs ({@code ChaosIntegrationTest}: the
 * burst, the acknowledged work, the dropped connection); {@code bash bench/chaos.sh} runs them all.
 */
public final class ChaosSuite {

    /**
     * @param full      every scenario (else the short version)
     * @param jar       the app's executable jar
     * @param directory where databases, logs, the SMTP record and the report go
     * @param appPort   the app (and in the two-node scenario node A); {@code secondPort} node B
     * @param lease     {@code planning.mail.delivery.lease} of the app: how long a killed node's emails wait
     * @param appArguments more arguments for every app process ({@code -Dchaos.app-args="--a=b --c=d"}), e.g.
     *                  {@code --planning.h2.write-delay=500} to see what H2's own default loses
     */
    public record Settings(boolean full, Path jar, Path directory, int appPort, int secondPort, int smtpPort,
                           String lease, java.util.List<String> appArguments) {

        static Settings fromSystemProperties(Path root) throws java.io.IOException {
            boolean full = Boolean.getBoolean("chaos.full");
            Path jar = Path.of(System.getProperty("chaos.jar",
                    root.resolve("target/planning-cycle-0.1.0-SNAPSHOT.jar").toString()));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path directory = root.resolve("target/chaos/" + stamp);
            int base = Integer.getInteger("chaos.port-base", 0);
            return new Settings(full, jar, directory,
                    base > 0 ? base + 80 : FreePorts.next(), base > 0 ? base + 81 : FreePorts.next(),
                    base > 0 ? base + 25 : FreePorts.next(), System.getProperty("chaos.lease", full ? "60s" : "15s"),
                    java.util.Arrays.stream(System.getProperty("chaos.app-args", "").trim().split("\\s+"))
                            .filter(arg -> !arg.isEmpty()).toList());
        }
    }

    private ChaosSuite() {
    }

    /** Runs the scenarios and returns the report (also written to {@code <directory>/chaos-report.md}). */
    public static ChaosReport run(Settings settings) throws Exception {
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("No app jar at " + settings.jar() + ": run ./mvnw package first");
        }
        Files.createDirectories(settings.directory());
        System.out.println("[chaos] " + (settings.full() ? "full" : "short") + " suite in " + settings.directory()
                + ": app on " + settings.appPort() + ", SMTP on " + settings.smtpPort() + ", lease "
                + settings.lease() + (settings.appArguments().isEmpty() ? "" : ", app arguments "
                + settings.appArguments()));
        ChaosReport report = new ChaosReport();
        Path mail = settings.directory().resolve("smtp");
        ChaosProcess smtp = ChaosProcess.smtp(settings.smtpPort(), mail);
        smtp.start();
        smtp.awaitLog("listening", Duration.ofSeconds(30));
        try {
            new SingleNodeScenarios(settings, smtp, new MailLedger(mail), report).run();
            if (settings.full()) {
                new TwoNodeScenario(settings, smtp, new MailLedger(mail), report).run();
            }
        } finally {
            smtp.kill();
            report.write(settings.directory().resolve("chaos-report.md"));
        }
        return report;
    }

    /** Waits until {@code condition} holds; false when {@code limit} passed first. */
    static boolean waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    static void mode(Path smtpDirectory, String mode) throws java.io.IOException {
        Files.writeString(smtpDirectory.resolve(SmtpRecorder.MODE), mode);
    }

    /** Free local ports, taken one after the other (the suite's processes bind them a moment later). */
    static final class FreePorts {
        private FreePorts() {
        }

        static int next() throws java.io.IOException {
            try (var socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    /** {@code bash bench/chaos.sh} ends here (through Maven: the classpath of the tests). */
    public static void main(String[] args) throws Exception {
        ChaosReport report = run(Settings.fromSystemProperties(Path.of("").toAbsolutePath()));
        System.exit(report.outcomes().stream().allMatch(ChaosReport.Outcome::targetsMet) ? 0 : 1);
    }
}
