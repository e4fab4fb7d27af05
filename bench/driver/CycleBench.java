import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): planning-cycle against a bare Camunda 7.24 Spring Boot app with the same starters.
 * For each app, N times in alternating order, it starts the jar as a child process on a fresh H2 database, measures
 * the start-up (process start until {@code /engine-rest/engine} answers 200, and the "Started ... in X seconds" log
 * line), the resident memory ({@code VmRSS}, {@code VmHWM} of {@code /proc/<pid>/status}), and the wall time of one
 * cycle's human work over {@code /engine-rest} with HTTP Basic: start, draft, then per agency of the directory one
 * review (as the agency's own user) and one screening (as the office), until {@code Task_ConsolidateDraft} exists.
 * The same work runs {@code --warm-rounds} times (default 3) on the running app, each on a cycle of its own: the first
 * round is the cold figure (JIT still compiling), the best round the warm one; memory is read after the first round
 * and after the last, and what each round wrote to storage ({@code write_bytes} of {@code /proc/<pid>/io}, nearly
 * all of it H2's commits). Prints the medians and the ratios ours/bare against the targets; always exits 0.
 *
 * <p>Run from the repository root: {@code java bench/driver/CycleBench.java [--runs=3] [--jvm="-Xmx512m"] ...}
 * (see {@code bench/run.sh}, which builds both jars first).
 */
public class CycleBench {

    static final double TARGET_STARTUP = 1.3;
    /** Issue #12: resident memory after the work and the work itself, each cold and warm. */
    static final double TARGET_MEMORY = 1.2;
    static final double TARGET_WORK = 1.3;
    static final String PASSWORD = "demo";
    static final String OFFICE_USER = "strategy";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> agencies = AgencyIds.read(options.agenciesCsv());
        Files.createDirectories(options.logDir());
        var bench = new CycleBench(options, agencies);
        bench.run();
    }

    private final Options options;
    private final List<String> agencies;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Measurement> measurements = new ArrayList<>();
    private Boolean authorizationOn;

    CycleBench(Options options, List<String> agencies) {
        this.options = options;
        this.agencies = agencies;
        this.authorizationOn = options.authorization();
    }

    void run() throws IOException {
        if ("sink".equals(options.oursMail())) {
            SmtpSink.start(options.sinkPort());
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        System.out.printf("planning-cycle benchmark %s: %d run(s) per app, alternating order, %d agencies,"
                + " %d round(s) of work per run%n", stamp, options.runs(), agencies.size(), options.warmRounds());
        System.out.printf("JVM %s %s, options for both apps: %s%n", System.getProperty("java.vm.name"),
                Runtime.version(), String.join(" ", options.jvmOptions()));
        System.out.printf("machine: %d cores, load average before: %s%n%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        for (int run = 1; run <= options.runs(); run++) {
            List<App> order = run % 2 == 1 ? List.of(App.OURS, App.BARE) : List.of(App.BARE, App.OURS);
            for (App app : order) {
                if (options.only() != null && options.only() != app) {
                    continue;
                }
                Measurement m = measure(app, run, "bench-" + stamp + "-" + app.label + "-" + run);
                measurements.add(m);
                System.out.println(m.row());
            }
        }
        System.out.println();
        System.out.println(Report.table(measurements));
        System.out.printf("load average after: %s; authorization on engine REST: %s%n", loadAverage(),
                authorizationOn == null ? "unknown" : authorizationOn ? "on (bare app too)" : "off (both apps)");
        System.out.printf("mail: %s%n", "sink".equals(options.oursMail())
                ? SmtpSink.accepted.get() + " messages to the driver's SMTP sink on port " + options.sinkPort()
                : "ours to its embedded GreenMail (the default run), the bare app sends none");
        System.out.printf("H2 write delay: ours 0 (its default), bare app %s%n", "default".equals(options.bareWriteDelay())
                ? "H2's default 500 ms (not durable against kill -9)" : options.bareWriteDelay() + " ms");
    }

    Measurement measure(App app, int run, String cycleId) {
        String load = loadAverage();
        Path dbDir = null;
        Process process = null;
        try {
            dbDir = Files.createTempDirectory("cycle-bench-" + app.label + "-");
            Path log = options.logDir().resolve(app.label + "-run" + run + ".log");
            String base = "http://127.0.0.1:" + options.port(app) + "/engine-rest";
            long t0 = System.nanoTime();
            process = launch(app, dbDir, log);
            Rest rest = new Rest(http, base);
            waitUntilReady(rest, process, log);
            double ready = seconds(t0);
            double cpuAtReady = cpuSeconds(process.pid());
            double startedIn = startedInSeconds(log, process);
            Memory afterStart = Memory.of(process.pid());
            if (authorizationOn == null && app == App.OURS) {
                authorizationOn = detectAuthorization(rest);
            }
            List<Round> rounds = new ArrayList<>();
            Memory afterWork = null;
            for (int round = 1; round <= options.warmRounds(); round++) {
                var work = new CycleWork(new Rest(http, base), agencies, options.timeout());
                double cpuBeforeWork = cpuSeconds(process.pid());
                double writtenBefore = writtenMb(process.pid());
                double workSeconds = work.run(options.warmRounds() == 1 ? cycleId : cycleId + "-r" + round);
                double workCpu = cpuSeconds(process.pid()) - cpuBeforeWork;
                double written = writtenMb(process.pid()) - writtenBefore;
                Memory memory = Memory.of(process.pid());
                afterWork = afterWork == null ? memory : afterWork;
                rounds.add(new Round(workSeconds, workCpu, written, memory, work.requests(), work.phases()));
                if (options.jcmdAfterWork() != null) {
                    jcmd(process.pid(), options.jcmdAfterWork(),
                            options.logDir().resolve(app.label + "-run" + run + "-round" + round + "-jcmd.txt"));
                }
            }
            Round cold = rounds.get(0);
            Round best = rounds.stream().min(Comparator.comparingDouble(Round::work)).orElseThrow();
            return Measurement.ok(app, run, load, new Times(ready, startedIn, cpuAtReady, cold.work(), cold.workCpu(),
                    best.work(), best.workCpu()), afterStart, afterWork, rounds.get(rounds.size() - 1).memory(),
                    rounds);
        } catch (Exception | AssertionError e) {
            return Measurement.failed(app, run, load, e.toString());
        } finally {
            stop(process);
            if (options.keepDatabases() && dbDir != null) {
                System.out.println("  (database kept in " + dbDir + ")");
            } else {
                deleteQuietly(dbDir);
            }
        }
    }

    Process launch(App app, Path dbDir, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options.jvmOptions());
        command.add("-jar");
        command.add(options.jar(app).toAbsolutePath().toString());
        command.add("--server.port=" + options.port(app));
        String url = "jdbc:h2:file:" + dbDir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        if (app == App.BARE && !"default".equals(options.bareWriteDelay())) {
            url += ";WRITE_DELAY=" + Integer.parseInt(options.bareWriteDelay());
        }
        command.add("--spring.datasource.url=" + url);
        if (app == App.OURS) {
            command.add("--planning.demo.cycle=false");
            if ("sink".equals(options.oursMail())) {
                command.add("--planning.mail.embedded.enabled=false");
                command.add("--spring.mail.host=127.0.0.1");
                command.add("--spring.mail.port=" + options.sinkPort());
            }
        } else {
            command.add("--bare.agency-ids=" + String.join(",", agencies));
            if (authorizationOn == null) {
                // --only=bare never starts ours to ask: ours' default (application.yaml), or the bare app's engine
                // would skip the checks every task completion of ours pays for (--authorization=off to compare so)
                authorizationOn = true;
            }
            command.add("--camunda.bpm.authorization.enabled=" + authorizationOn);
        }
        return new ProcessBuilder(command).directory(dbDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Runs {@code jcmd <pid> <command>} (e.g. {@code VM.native_memory summary}) and keeps its answer beside the log. */
    static void jcmd(long pid, String command, Path out) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        args.addAll(List.of(command.trim().split("\\s+")));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
    }

    void waitUntilReady(Rest rest, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeout());
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + " during start-up, see " + log);
            }
            if (rest.status("/engine") == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no answer from /engine-rest/engine within " + options.timeout() + " s, see " + log);
    }

    /** The app's own "Started X in Y seconds (process running for Z)" line: Z, JVM start until the context is ready. */
    static double startedInSeconds(Path log, Process process) throws Exception {
        Pattern started = Pattern.compile("Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            Matcher m = started.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
            Thread.sleep(100);
        }
        return Double.NaN;
    }

    /**
     * With authorization on, a user who holds no grant on authorizations sees fewer of them than the administrator;
     * with it off, everybody sees all of them.
     */
    Boolean detectAuthorization(Rest rest) {
        try {
            String asAdmin = rest.get("admin", "/authorization/count");
            String asAgency = rest.get(agencies.get(0), "/authorization/count");
            return !asAdmin.equals(asAgency);
        } catch (Exception e) {
            System.out.println("  (cannot tell whether authorization is on: " + e.getMessage() + "; assuming off)");
            return false;
        }
    }

    static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("  (could not delete " + dir + ": " + e.getMessage() + ")");
        }
    }

    /**
     * CPU time (user + system, all threads) the process has used so far, from {@code /proc/<pid>/stat} in clock ticks
     * of 1/100 s: unlike wall time, hardly changed by other work on a shared machine.
     */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /**
     * Megabytes the process has caused to be written to storage so far ({@code write_bytes} of
     * {@code /proc/<pid>/io}): nearly all of it the H2 file's commits, and, unlike time, the same on a busy machine.
     */
    static double writtenMb(long pid) {
        try {
            Matcher m = Pattern.compile("(?m)^write_bytes:\\s+(\\d+)").matcher(
                    Files.readString(Path.of("/proc/" + pid + "/io")));
            return m.find() ? Long.parseLong(m.group(1)) / 1e6 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    enum App {
        OURS("ours"), BARE("bare");

        final String label;

        App(String label) {
            this.label = label;
        }
    }

    /** One cycle's human work over the engine REST API, as the office and each agency's own user would do it. */
    static final class CycleWork {
        private final Rest rest;
        private final List<String> agencies;
        private final long timeoutSeconds;

        CycleWork(Rest rest, List<String> agencies, long timeoutSeconds) {
            this.rest = rest;
            this.agencies = agencies;
            this.timeoutSeconds = timeoutSeconds;
        }

        /** Seconds spent in each kind of request (and in the wait for the last task), in the order first seen. */
        final Map<String, Double> phases = new LinkedHashMap<>();

        int requests() {
            return rest.requests;
        }

        String phases() {
            StringBuilder out = new StringBuilder();
            phases.forEach((phase, secs) -> out.append(out.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.2f s", phase, secs)));
            return out.toString();
        }

        private <T> T timed(String phase, Callable<T> call) throws Exception {
            long t0 = System.nanoTime();
            try {
                return call.call();
            } finally {
                phases.merge(phase, seconds(t0), Double::sum);
            }
        }

        /** Returns the wall time in seconds from the start request until Task_ConsolidateDraft exists. */
        double run(String cycleId) throws Exception {
            long t0 = System.nanoTime();
            // planned ahead, as a real cycle is: with the 2018 default dates on today's clock every reminder, overdue
            // notice and deadline timer would be due at once and fire during the measured work
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
            timed("start", () -> rest.post(OFFICE_USER, "/process-definition/key/planReviewCycle/start",
                    "{\"businessKey\":" + Json.quote(cycleId) + ",\"variables\":{\"cycleId\":" + Json.string(cycleId)
                            + ",\"proposalsDue\":" + Json.string(today.plusDays(30).toString())
                            + ",\"hearingDate\":" + Json.string(today.plusDays(45).toString())
                            + ",\"committeeDate\":" + Json.string(today.plusDays(55).toString())
                            + ",\"submissionDeadline\":" + Json.string(today.plusDays(65).toString())
                            // from November on the dates reach a year whose holidays may not be recorded yet
                            + ",\"allowMissingHolidays\":{\"value\":true,\"type\":\"Boolean\"}}}"));
            String ofCycle = "processInstanceBusinessKey=" + cycleId;
            Task draft = timed("task lists", () -> single(OFFICE_USER, ofCycle + "&taskDefinitionKey=Task_PrepareDraft"));
            timed("draft", () -> complete(OFFICE_USER, draft,
                    Map.of("draftSummary", "ร่างแผนสำหรับทดสอบสมรรถนะ (benchmark draft)")));
            for (String agency : agencies) {
                Task review = timed("task lists", () -> single(agency,
                        ofCycle + "&taskDefinitionKey=Task_AgencyReview&candidateGroup=" + agency));
                timed("reviews", () -> complete(agency, review, Map.of("reviewOutcome", "changes_proposed",
                        "reviewComments", "เสนอโครงการเพิ่มเติม (benchmark proposal) " + agency)));
                Task screening = timed("task lists", () -> single(OFFICE_USER,
                        "processInstanceId=" + review.processInstanceId() + "&taskDefinitionKey=Task_ScreenProposal"));
                timed("screenings", () -> complete(OFFICE_USER, screening, Map.of("screeningDecision", "accepted")));
            }
            timed("last task", () -> single(OFFICE_USER, ofCycle + "&taskDefinitionKey=Task_ConsolidateDraft"));
            return seconds(t0);
        }

        /** Waits (polling) until exactly one task matches, as a user refreshing the list would. */
        Task single(String user, String query) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                List<Task> tasks = Task.parse(rest.get(user, "/task?" + query));
                if (tasks.size() == 1) {
                    return tasks.get(0);
                }
                if (tasks.size() > 1) {
                    throw new AssertionError(tasks.size() + " tasks for " + query + " (expected one)");
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no task for " + query + " within " + timeoutSeconds + " s");
                }
                Thread.sleep(20);
            }
        }

        String complete(String user, Task task, Map<String, String> variables) throws Exception {
            StringBuilder body = new StringBuilder("{\"variables\":{");
            String sep = "";
            for (var entry : new LinkedHashMap<>(variables).entrySet()) {
                body.append(sep).append(Json.quote(entry.getKey())).append(':').append(Json.string(entry.getValue()));
                sep = ",";
            }
            return rest.post(user, "/task/" + task.id() + "/complete", body.append("}}").toString());
        }
    }

    /** The engine REST API with HTTP Basic (password {@code demo}); any status but 2xx is an error. */
    static final class Rest {
        private final HttpClient http;
        private final String base;
        int requests;

        Rest(HttpClient http, String base) {
            this.http = http;
            this.base = base;
        }

        int status(String path) {
            try {
                // the first request initialises the REST servlet: allow it time on a loaded machine
                return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        String get(String user, String path) throws Exception {
            return send(user, path, request(user, path).GET());
        }

        String post(String user, String path, String json) throws Exception {
            return send(user, path, request(user, path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        private HttpRequest.Builder request(String user, String path) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + token).header("Accept", "application/json");
        }

        private String send(String user, String path, HttpRequest.Builder builder) throws Exception {
            requests++;
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String body = response.body();
                throw new IllegalStateException(response.statusCode() + " from " + path + " as " + user + ": "
                        + body.substring(0, Math.min(400, body.length())));
            }
            return response.body();
        }
    }

    record Task(String id, String processInstanceId) {
        private static final Pattern TASK = Pattern.compile(
                "\\{\"id\":\"([^\"]+)\".*?\"processInstanceId\":\"([^\"]+)\"", Pattern.DOTALL);

        /** The id and process instance of each task of a {@code GET /task} answer (ids are UUIDs: no escaping). */
        static List<Task> parse(String json) {
            List<Task> tasks = new ArrayList<>();
            Matcher m = TASK.matcher(json);
            while (m.find()) {
                tasks.add(new Task(m.group(1), m.group(2)));
            }
            return tasks;
        }
    }

    static final class Json {
        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }

        static String string(String value) {
            return "{\"value\":" + quote(value) + ",\"type\":\"String\"}";
        }
    }

    record Memory(double rssMb, double hwmMb) {
        static Memory of(long pid) throws IOException {
            String status = Files.readString(Path.of("/proc/" + pid + "/status"));
            return new Memory(kb(status, "VmRSS") / 1024.0, kb(status, "VmHWM") / 1024.0);
        }

        private static long kb(String status, String field) {
            Matcher m = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
            if (!m.find()) {
                throw new IllegalStateException(field + " not in /proc/<pid>/status");
            }
            return Long.parseLong(m.group(1));
        }
    }

    /**
     * Wall and CPU seconds of the start-up and of the cycle work: the first round ({@code work}, cold) and the best
     * round ({@code warmWork}; the same as the first with one round).
     */
    record Times(double ready, double startedIn, double startCpu, double work, double workCpu, double warmWork,
            double warmWorkCpu) {
    }

    /** One round of the cycle's work on the running app, and the memory right after it. */
    record Round(double work, double workCpu, double writtenMb, Memory memory, int requests, String phases) {
    }

    record Measurement(App app, int run, String load, Times times, Memory afterStart, Memory afterWork,
            Memory afterWarm, List<Round> rounds, String error) {

        static Measurement ok(App app, int run, String load, Times times, Memory afterStart, Memory afterWork,
                Memory afterWarm, List<Round> rounds) {
            return new Measurement(app, run, load, times, afterStart, afterWork, afterWarm, rounds, null);
        }

        static Measurement failed(App app, int run, String load, String error) {
            return new Measurement(app, run, load, null, null, null, null, List.of(), error);
        }

        boolean ok() {
            return error == null;
        }

        String row() {
            if (!ok()) {
                return String.format("run %d %-4s FAILED (load %s): %s", run, app.label, load, error);
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "run %d %-4s ready %6.2f s (log: process running for %6.2f s; CPU %6.2f s)  RSS %4.0f MB after"
                            + " start  load %s",
                    run, app.label, times.ready(), times.startedIn(), times.startCpu(), afterStart.rssMb(), load));
            for (int i = 0; i < rounds.size(); i++) {
                Round round = rounds.get(i);
                row.append(String.format(Locale.ROOT,
                        "%n       round %d: work %6.2f s (CPU %5.2f s, %d requests, %.1f ms each, %.0f MB written)"
                                + "  RSS %4.0f MB after, peak %4.0f MB%n         by request: %s",
                        i + 1, round.work(), round.workCpu(), round.requests(), round.work() * 1000 / round.requests(),
                        round.writtenMb(), round.memory().rssMb(), round.memory().hwmMb(), round.phases()));
            }
            return row.toString();
        }
    }

    static final class Report {
        static String table(List<Measurement> all) {
            StringBuilder out = new StringBuilder();
            long okOurs = all.stream().filter(m -> m.ok() && m.app() == App.OURS).count();
            long okBare = all.stream().filter(m -> m.ok() && m.app() == App.BARE).count();
            out.append(String.format("Medians over %d (ours) and %d (bare) successful runs:%n%n", okOurs, okBare));
            out.append("| metric | planning-cycle | bare Camunda | ours/bare | target | |"
                    + " single runs (ours; bare) |\n");
            out.append("|---|---:|---:|---:|---:|---|---|\n");
            line(out, all, "start-up: process start → /engine-rest answers (s)", m -> m.times().ready(), TARGET_STARTUP);
            line(out, all, "start-up: \"Started … (process running for …)\" of the log (s)", m -> m.times().startedIn(), 0);
            line(out, all, "start-up: CPU time used until /engine-rest answers (s)", m -> m.times().startCpu(), 0);
            line(out, all, "resident memory after start-up, VmRSS (MB)", m -> m.afterStart().rssMb(), 0);
            line(out, all, "cold: resident memory after the first round of work, VmRSS (MB)",
                    m -> m.afterWork().rssMb(), TARGET_MEMORY);
            line(out, all, "cold: one cycle's human work over /engine-rest, first round (s)", m -> m.times().work(),
                    TARGET_WORK);
            line(out, all, "cold: the app's CPU time during that work (s)", m -> m.times().workCpu(), 0);
            if (all.stream().anyMatch(m -> m.ok() && m.rounds().size() > 1)) {
                int rounds = all.stream().filter(Measurement::ok).mapToInt(m -> m.rounds().size()).max().orElse(1);
                line(out, all, "warm: resident memory after the last of " + rounds + " rounds, VmRSS (MB)",
                        m -> m.afterWarm().rssMb(), TARGET_MEMORY);
                line(out, all, "warm: the same work, best of " + rounds + " rounds (s)", m -> m.times().warmWork(),
                        TARGET_WORK);
                line(out, all, "warm: the app's CPU time during that round (s)", m -> m.times().warmWorkCpu(), 0);
                line(out, all, "warm: written to storage during the last round, write_bytes (MB)",
                        m -> m.rounds().get(m.rounds().size() - 1).writtenMb(), 0);
            }
            line(out, all, "peak resident memory, VmHWM (MB)", m -> m.afterWarm().hwmMb(), 0);
            return out.toString();
        }

        private static void line(StringBuilder out, List<Measurement> all, String name, ToDoubleFunction<Measurement> f,
                double target) {
            double ours = median(all, App.OURS, f);
            double bare = median(all, App.BARE, f);
            double ratio = ours / bare;
            String verdict = target == 0 || Double.isNaN(ratio) ? "" : ratio <= target ? "met" : "MISSED";
            // the medians' ratio alone hides how far apart single runs of one build are on a busy machine
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f× | %s | %s | %s; %s |%n", name, ours, bare,
                    ratio, target == 0 ? "" : String.format(Locale.ROOT, "≤ %.2f×", target), verdict,
                    range(all, App.OURS, f), range(all, App.BARE, f)));
        }

        /** The lowest and highest value of the app's successful runs ("4.46–5.99"), or "–" without any. */
        static String range(List<Measurement> all, App app, ToDoubleFunction<Measurement> f) {
            var values = all.stream().filter(m -> m.ok() && m.app() == app).mapToDouble(f).summaryStatistics();
            return values.getCount() == 0 ? "–"
                    : String.format(Locale.ROOT, "%.2f–%.2f", values.getMin(), values.getMax());
        }

        static double median(List<Measurement> all, App app, ToDoubleFunction<Measurement> f) {
            double[] values = all.stream().filter(m -> m.ok() && m.app() == app).mapToDouble(f).sorted().toArray();
            if (values.length == 0) {
                return Double.NaN;
            }
            int mid = values.length / 2;
            return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
    }

    /** The ids of the agency directory: the first column of agencies.csv (ids never contain commas or quotes). */
    static final class AgencyIds {
        static List<String> read(Path csv) throws IOException {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(',')).trim())
                    .toList();
        }
    }

    /**
     * An SMTP server that accepts every message and keeps none (counts them): the mail server as a process apart
     * from the app, so that the app's figures carry its SMTP client and not a server's parsing and storing.
     */
    static final class SmtpSink {
        static final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();

        static void start(int port) throws IOException {
            var server = new java.net.ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
            var pool = java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "smtp-sink");
                t.setDaemon(true);
                return t;
            });
            Thread acceptor = new Thread(() -> {
                while (true) {
                    try {
                        var socket = server.accept();
                        pool.execute(() -> serve(socket));
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "smtp-sink-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static void serve(java.net.Socket socket) {
            try (socket; var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)); var out = socket.getOutputStream()) {
                reply(out, "220 bench-sink ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                    switch (verb) {
                        case "EHLO" -> reply(out, "250-bench-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        case "DATA" -> {
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                // dropped
                            }
                            accepted.incrementAndGet();
                            reply(out, "250 accepted");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 OK");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        static void reply(java.io.OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    record Options(int runs, List<String> jvmOptions, Path ours, Path bare, int oursPort, int barePort,
            Path agenciesCsv, Path logDir, long timeout, Boolean authorization, boolean keepDatabases, App only,
            String jcmdAfterWork, int warmRounds, String bareWriteDelay, String oursMail, int sinkPort) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            String auth = given.getOrDefault("authorization", "auto");
            return new Options(
                    Integer.parseInt(given.getOrDefault("runs", "3")),
                    List.of(given.getOrDefault("jvm", "-Xmx512m").trim().split("\\s+")),
                    Paths.get(given.getOrDefault("ours", "target/planning-cycle-0.1.0-SNAPSHOT.jar")),
                    Paths.get(given.getOrDefault("bare", "bench/bare-app/target/bare-camunda-app-0.1.0-SNAPSHOT.jar")),
                    Integer.parseInt(given.getOrDefault("ours-port", "18091")),
                    Integer.parseInt(given.getOrDefault("bare-port", "18092")),
                    Paths.get(given.getOrDefault("agencies", "src/main/resources/data/agencies.csv")),
                    Paths.get(given.getOrDefault("logs", "bench/out/logs")),
                    Long.parseLong(given.getOrDefault("timeout", "300")),
                    "auto".equals(auth) ? null : Boolean.valueOf("on".equals(auth)),
                    Boolean.parseBoolean(given.getOrDefault("keep-databases", "false")),
                    given.containsKey("only") ? App.valueOf(given.get("only").toUpperCase(Locale.ROOT)) : null,
                    given.get("jcmd-after-work"),
                    Math.max(1, Integer.parseInt(given.getOrDefault("warm-rounds", "3"))),
                    // the bare app as durable as ours by default (H2 writes each commit at once, see
                    // docs/crash-safety.md); "default" keeps H2's own 500 ms, which loses acknowledged work on kill -9
                    given.getOrDefault("bare-write-delay", "0"),
                    // "embedded": the app's own GreenMail in its JVM (the default run); "sink": an SMTP server of
                    // the driver that accepts and drops every message, as an office mail server outside the app
                    given.getOrDefault("ours-mail", "embedded"),
                    Integer.parseInt(given.getOrDefault("sink-port", "18025")));
        }

        Path jar(App app) {
            return app == App.OURS ? ours : bare;
        }

        int port(App app) {
            return app == App.OURS ? oursPort : barePort;
        }
    }
}
