package th.go.phuket.planning.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process of the chaos suite (the app, or the SMTP recorder): started with a command line, its output appended
 * to a log file, ended with {@code kill -9} ({@link #kill()}) or a normal stop ({@link #stop()}), started again
 * with the same command.
 */
final class ChaosProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    /** Where this start's part of the log begins: the log keeps every start of the process, one after the other. */
    private long logStart;

    ChaosProcess(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** The app's jar on {@code port}, with JVM options and the app's arguments. */
    static ChaosProcess app(String name, ChaosSuite.Settings settings, int port, List<String> arguments,
                            Map<String, String> environment) {
        Path jar = settings.jar();
        Path directory = settings.directory();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Asia/Bangkok", "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
        command.addAll(arguments);
        command.addAll(settings.appArguments());
        return new ChaosProcess(name, command, environment, directory.resolve(name + ".log"));
    }

    /** The SMTP recorder on {@code port}, recording into {@code directory}. */
    static ChaosProcess smtp(int port, Path directory) {
        return new ChaosProcess("smtp", List.of(java(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmtpRecorder.class.getName(), String.valueOf(port), directory.toString()), Map.of(),
                directory.resolve("smtp.log"));
    }

    void start() throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(log, "\n===== start " + java.time.Instant.now() + " =====\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        logStart = Files.size(log);
        process = builder.start();
    }

    /** Waits until {@code url} answers anything over HTTP (the app is up), or fails when the process died. */
    void awaitHttp(String url, Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting (exit " + process.exitValue()
                        + "), see " + log);
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(name + " did not answer " + url + " within " + limit + ", see " + log);
    }

    /**
     * Waits until this start's part of the log says {@code text} (the SMTP recorder's "listening"): an earlier
     * start's line does not count (it did once, and the app tried the server before it was back).
     */
    void awaitLog(String text, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            byte[] all = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
            String sinceStart = new String(all, (int) Math.min(logStart, all.length),
                    all.length - (int) Math.min(logStart, all.length), java.nio.charset.StandardCharsets.UTF_8);
            if (sinceStart.contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting, see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not log \"" + text + "\" within " + limit + ", see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no last write. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** A normal stop (SIGTERM): the app closes in order. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
