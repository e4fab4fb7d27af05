import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * What H2's WRITE_DELAY=0 (planning.h2.write-delay, the app's default) costs per commit, against H2's own 500 ms:
 * on a fresh H2 file database each, a small commit (one row, as a claim or a "sent" mark) and an engine-sized
 * commit (30 statements: 12 inserts, 12 updates, 6 deletes over three tables, about what a task completion writes),
 * from 1 thread and from 4 threads at once; then the file's size. Rounds alternate the two settings, so the
 * machine's other work falls on both. A measurement, not a test: it prints a table and exits 0.
 *
 * <p>Run from the repository root: {@code bash bench/h2-commit.sh [--rounds=3] [--commits=2000]}
 */
public class H2CommitBench {

    record Result(String setting, String shape, int threads, double medianMs, double p95Ms, double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = option(args, "rounds", 3);
        int commits = option(args, "commits", 2000);
        Path dir = Files.createTempDirectory("h2-commit-bench");
        List<Result> results = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int delay : round % 2 == 1 ? new int[] {500, 0} : new int[] {0, 500}) {
                Path file = dir.resolve("r" + round + "-d" + delay);
                String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=" + delay + ";QUERY_CACHE_SIZE=256";
                try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
                    setup.createStatement().execute("create table work_row (id bigint primary key, owner varchar(64),"
                            + " payload varchar(400), rev int)");
                    setup.createStatement().execute("create table work_var (id bigint primary key, row_id bigint,"
                            + " name varchar(64), text_value varchar(4000))");
                    setup.createStatement().execute("create table work_log (id bigint primary key, row_id bigint,"
                            + " at timestamp, message varchar(400))");
                    // warm-up (JIT, H2's caches), not counted
                    run("warm-up", "1 row", 2, 500, url);
                    run("warm-up", "30 statements", 2, 500, url);
                    for (String shape : List.of("1 row", "30 statements")) {
                        for (int threads : new int[] {1, 4}) {
                            results.add(run("WRITE_DELAY=" + delay, shape, threads, commits, url));
                        }
                    }
                    long bytes;
                    try (Stream<Path> files = Files.list(dir)) {
                        bytes = files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + "."))
                                .mapToLong(p -> p.toFile().length()).sum();
                    }
                    sizes.add(String.format("round %d WRITE_DELAY=%d: file %.1f MB while open, after %,d commits",
                            round, delay, bytes / 1e6, 4L * commits + 1000));
                }
            }
        }
        print(results, sizes, rounds, commits);
    }

    private static Result run(String setting, String shape, int threads, int commits, String url) throws Exception {
        long[] latencies = new long[commits];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    for (int i = thread; i < commits; i += threads) {
                        long before = System.nanoTime();
                        if (shape.equals("1 row")) {
                            oneRow(connection, i);
                        } else {
                            engineSized(connection, i);
                        }
                        connection.commit();
                        latencies[i] = System.nanoTime() - before;
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("delete from work_row");
            connection.createStatement().execute("delete from work_var");
            connection.createStatement().execute("delete from work_log");
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(setting, shape, threads, sorted[commits / 2] / 1e6, sorted[(int) (commits * 0.95)] / 1e6,
                commits / seconds);
    }

    private static void oneRow(Connection connection, int i) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into work_row values (?, ?, ?, 1)")) {
            insert.setLong(1, i);
            insert.setString(2, "node-" + i % 7);
            insert.setString(3, "x".repeat(200));
            insert.executeUpdate();
        }
    }

    private static void engineSized(Connection connection, int i) throws SQLException {
        long base = (long) i * 100;
        try (PreparedStatement row = connection.prepareStatement("insert into work_row values (?, ?, ?, 1)");
             PreparedStatement var = connection.prepareStatement("insert into work_var values (?, ?, ?, ?)");
             PreparedStatement log = connection.prepareStatement("insert into work_log values (?, ?, current_timestamp, ?)");
             PreparedStatement update = connection.prepareStatement("update work_var set text_value = ? where id = ?");
             PreparedStatement delete = connection.prepareStatement("delete from work_log where id = ?")) {
            row.setLong(1, base);
            row.setString(2, "task");
            row.setString(3, "y".repeat(300));
            row.executeUpdate();
            for (int v = 1; v <= 6; v++) {
                var.setLong(1, base + v);
                var.setLong(2, base);
                var.setString(3, "variable" + v);
                var.setString(4, "value ".repeat(20));
                var.executeUpdate();
            }
            for (int l = 1; l <= 5; l++) {
                log.setLong(1, base + 10 + l);
                log.setLong(2, base);
                log.setString(3, "history entry " + l);
                log.executeUpdate();
            }
            for (int u = 0; u < 12; u++) {
                update.setString(1, "changed " + u);
                update.setLong(2, base + 1 + u % 6);
                update.executeUpdate();
            }
            for (int d = 1; d <= 5; d++) {
                delete.setLong(1, base + 10 + d);
                delete.executeUpdate();
            }
            delete.setLong(1, base - 100 + 11);
            delete.executeUpdate();
        }
    }

    private static void print(List<Result> results, List<String> sizes, int rounds, int commits) {
        System.out.printf("H2 %s, %d rounds, %,d commits per line and round, load average %s%n",
                org.h2.engine.Constants.FULL_VERSION, rounds, commits, loadAverage());
        System.out.println("| commit | threads | setting | median ms | p95 ms | commits/s |");
        System.out.println("|---|---:|---|---:|---:|---:|");
        results.stream().collect(java.util.stream.Collectors.groupingBy(
                        r -> r.shape() + "|" + r.threads() + "|" + r.setting(), java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .forEach((key, runs) -> {
                    Result first = runs.get(0);
                    System.out.printf("| %s | %d | %s | %.3f | %.3f | %,.0f |%n", first.shape(), first.threads(),
                            first.setting(), median(runs, Result::medianMs), median(runs, Result::p95Ms),
                            median(runs, Result::perSecond));
                });
        System.out.println("(medians over the rounds of each line's median, p95 and throughput)");
        sizes.forEach(System.out::println);
    }

    private static double median(List<Result> runs, java.util.function.ToDoubleFunction<Result> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static int option(String[] args, String name, int fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "=")).findFirst()
                .map(a -> Integer.parseInt(a.substring(name.length() + 3))).orElse(fallback);
    }
}
