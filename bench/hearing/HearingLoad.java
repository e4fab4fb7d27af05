import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the public hearing (not a test): comments from many client addresses into one cycle while
 * readers load the public page. Every request comes from its own loopback address (the socket is bound to
 * 127.0.0.x before it connects, so the app sees 200 different people; Java's HttpClient cannot bind). JDK only:
 * {@code java bench/hearing/HearingLoad.java --base=http://localhost:18481}.
 *
 * <p>Phases: open the demo cycle's hearing (publish its draft), warm up, then round 1 (each writer posts 5
 * comments and one more that the rate limit must refuse), move the rehearsal clock past the 10-minute window,
 * round 2 (5 more each: 2,000 stored), then readers alone on the page with every comment in place. Readers run
 * throughout. Prints latency percentiles per kind of request, the statuses, and checks the stored count.
 */
public class HearingLoad {

    static String base = "http://localhost:18481";
    static String cycle = "phuket-2563";
    static int writers = 200;
    static int perRound = 5;
    static int readers = 50;
    static int writerThinkMs = 2000;
    static int readerThinkMs = 1000;
    static int readOnlySeconds = 30;
    static long appPid = -1;
    static String host;
    static int port;

    static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    static final AtomicBoolean reading = new AtomicBoolean(true);
    static volatile String readPhase = "page while writing";

    static final String[] TOPICS = {"ถนนเลียบชายหาด", "ระบบขนส่งสาธารณะ", "การจัดการขยะ", "น้ำประปา", "ศูนย์ฟอกไต",
        "ทางจักรยาน", "ไฟส่องสว่าง", "ท่าเทียบเรือ", "การท่องเที่ยวชุมชน", "โรงเรียนสองภาษา", "ตลาดชาวประมง",
        "การป้องกันน้ำท่วม"};
    static final String[] ITEMS = {"general", "goal:PKT-M1", "goal:PKT-M2", "goal:PKT-M3", "goal:PKT-M4",
        "goal:PKT-S1", "goal:PKT-S2"};
    static final String[] SECTORS = {"citizen", "private_sector", "civil_society", "local_government",
        "government_agency", "academia", "other"};
    static final String[] DISTRICTS = {"เมืองภูเก็ต", "กะทู้", "ถลาง", ""};

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "base" -> base = kv[1];
                case "cycle" -> cycle = kv[1];
                case "writers" -> writers = Integer.parseInt(kv[1]);
                case "per-round" -> perRound = Integer.parseInt(kv[1]);
                case "readers" -> readers = Integer.parseInt(kv[1]);
                case "writer-think-ms" -> writerThinkMs = Integer.parseInt(kv[1]);
                case "reader-think-ms" -> readerThinkMs = Integer.parseInt(kv[1]);
                case "read-only-seconds" -> readOnlySeconds = Integer.parseInt(kv[1]);
                case "app-pid" -> appPid = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (writers > 250) {
            throw new IllegalArgumentException("at most 250 writers: one address each in 127.0.0.2–251");
        }
        Matcher url = Pattern.compile("https?://([^:/]+):(\\d+)").matcher(base);
        if (!url.find()) {
            throw new IllegalArgumentException("--base must be http://host:port");
        }
        host = url.group(1);
        port = Integer.parseInt(url.group(2));
        System.out.printf("hearing load: %d writers x %d x 2 rounds (+1 refused each), %d readers, think %d/%d ms%n",
                writers, perRound, readers, writerThinkMs, readerThinkMs);
        System.out.println("load average before: " + loadAverage());

        openHearing();
        // publishing the draft emails 67 agencies twice (their task, comments open): let those deliveries finish
        Thread.sleep(30_000);
        warmUp();
        latencies.clear();
        statuses.clear();

        List<Thread> readerThreads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            String from = "127.0.1." + (r + 2);
            Thread reader = new Thread(() -> read(from));
            reader.start();
            readerThreads.add(reader);
        }
        long started = System.nanoTime();
        double cpuStart = appCpuSeconds();
        round(1, true);
        String load1 = loadAverage();
        clock("2018-08-17T09:40:00+07:00");
        round(2, false);
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        double cpuWrites = appCpuSeconds() - cpuStart;
        String load2 = loadAverage();
        readPhase = "page, 2,000 comments, no writes";
        Thread.sleep(readOnlySeconds * 1000L);
        reading.set(false);
        for (Thread reader : readerThreads) {
            reader.join();
        }
        double cpuAll = appCpuSeconds() - cpuStart;
        int stored = storedComments();
        long jsonStart = System.nanoTime();
        Response json = send("127.0.1.250", "GET", "/api/public/cycles/" + cycle + "/hearing", null, null);
        double jsonMs = (System.nanoTime() - jsonStart) / 1e6;

        System.out.printf("%nwrites took %.1f s; load average after round 1: %s, after round 2: %s, at the end: %s%n",
                writeSeconds, load1, load2, loadAverage());
        report();
        if (appPid > 0) {
            int requests = latencies.values().stream().mapToInt(List::size).sum();
            System.out.printf(Locale.ROOT, "app CPU: %.1f s during the writes (%.1f ms per request of that phase),"
                    + " %.1f s in all (%d requests, %.1f ms each)%n", cpuWrites, 1000 * cpuWrites
                    / Math.max(1, requests - countOf("GET page, 2,000 comments, no writes 200")), cpuAll, requests,
                    1000 * cpuAll / Math.max(1, requests));
        }
        solo();
        System.out.printf("%nstored visible comments: %d (expected %d); JSON of the whole hearing: %,d bytes in %.0f ms%n",
                stored, writers * perRound * 2, json.body.getBytes(StandardCharsets.UTF_8).length, jsonMs);
        int unexpected = statuses.entrySet().stream().filter(e -> !e.getKey().endsWith(" 200")
                && !e.getKey().endsWith(" 201") && !e.getKey().equals("POST refused 429"))
                .mapToInt(e -> e.getValue().get()).sum();
        int refused = statuses.getOrDefault("POST refused 429", new AtomicInteger()).get();
        System.out.printf("errors other than the intended 429s: %d; intended 429s: %d of %d%n", unexpected, refused,
                writers);
        System.out.printf("targets: comment POST p95 <= 150 ms: %s; public page p95 <= 300 ms (2,000 comments): %s%n",
                verdict("POST comment 201", 150), verdict("GET page, 2,000 comments, no writes", 300));
    }

    /** One request at a time after the load: what a request costs when nothing else runs in the app. */
    static void solo() throws IOException {
        List<Long> page = new ArrayList<>();
        List<Long> post = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            send("127.0.3." + (i + 2), "GET", "/hearing/" + cycle + "?page=" + (1 + i % 20), null, null);
            page.add((System.nanoTime() - start) / 1000);
            start = System.nanoTime();
            int status = send("127.0.3." + (i + 2), "POST", "/api/public/cycles/" + cycle + "/comments",
                    comment(900 + i, 3, 1), null).status;
            post.add((System.nanoTime() - start) / 1000);
            if (status != 201) {
                System.out.println("solo POST answered " + status);
            }
        }
        Collections.sort(page);
        Collections.sort(post);
        System.out.printf(Locale.ROOT, "one at a time (50 each, after the load): page p50 %.1f ms p95 %.1f ms;"
                + " comment POST p50 %.1f ms p95 %.1f ms%n", percentile(page, 50), percentile(page, 95),
                percentile(post, 50), percentile(post, 95));
    }

    static int countOf(String key) {
        List<Long> values = latencies.get(key);
        return values == null ? 0 : values.size();
    }

    /** User and system CPU time of the app's process ({@code /proc/<pid>/stat}, clock ticks of 10 ms). */
    static double appCpuSeconds() {
        if (appPid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + appPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void openHearing() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("strategy:demo".getBytes(StandardCharsets.UTF_8));
        Response tasks = send("127.0.0.1", "GET", "/engine-rest/task?processInstanceBusinessKey=" + cycle
                + "&taskDefinitionKey=Task_PrepareDraft", null, auth);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.body);
        if (id.find()) {
            Response done = send("127.0.0.1", "POST", "/engine-rest/task/" + id.group(1) + "/complete",
                    "{\"variables\":{\"draftSummary\":{\"value\":\"ร่างแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564 (ทบทวน)"
                            + " เป้าหมาย 4M + 2S\"}}}", auth);
            System.out.println("published the draft of " + cycle + ": HTTP " + done.status);
        }
        Response hearing = send("127.0.0.1", "GET", "/api/public/cycles/" + cycle + "/hearing", null, null);
        if (!hearing.body.contains("\"open\":true")) {
            throw new IllegalStateException("the hearing of " + cycle + " is not open: " + hearing.body);
        }
    }

    static void warmUp() throws Exception {
        for (int i = 0; i < 150; i++) {
            send("127.0.2." + (2 + i % 200), "GET", "/hearing/" + cycle + "?page=" + (1 + i % 3), null, null);
            send("127.0.2." + (2 + i % 200), "POST", "/api/public/cycles/" + cycle + "/comments",
                    "{\"itemId\":\"general\",\"text\":\"สั้น\",\"sector\":\"citizen\"}", null);
        }
    }

    /** Every writer posts its comments of this round in its own thread; in round 1 one more, which must be refused. */
    static void round(int round, boolean probeLimit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            new Thread(() -> {
                try {
                    String from = "127.0.0." + (writer + 2);
                    for (int n = 1; n <= perRound + (probeLimit ? 1 : 0); n++) {
                        think(writerThinkMs);
                        boolean extra = n > perRound;
                        timed(extra ? "POST refused" : "POST comment", from, "POST",
                                "/api/public/cycles/" + cycle + "/comments", comment(writer, round, n));
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        System.out.printf("round %d done: %s%n", round, statuses);
    }

    static void read(String from) {
        while (reading.get()) {
            think(readerThinkMs);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String path = "/hearing/" + cycle + "?page=" + (1 + random.nextInt(20));
            if (random.nextInt(5) == 0) {
                path += "&item=" + ITEMS[random.nextInt(ITEMS.length)].replace(":", "%3A");
            }
            timed("GET " + readPhase, from, "GET", path, null);
        }
    }

    static String comment(int writer, int round, int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String text = "ความเห็นที่ " + n + " รอบ " + round + " จากผู้ใช้หมายเลข " + writer + ": ขอให้ร่างแผนให้ความสำคัญกับ"
                + topic + " ในพื้นที่ของเรา เพราะส่งผลต่อคุณภาพชีวิตของคนในชุมชนและนักท่องเที่ยว";
        return "{\"itemId\":\"" + ITEMS[random.nextInt(ITEMS.length)] + "\",\"text\":\"" + text + "\",\"sector\":\""
                + SECTORS[random.nextInt(SECTORS.length)] + "\",\"name\":\"ผู้ทดสอบ " + writer
                + "\",\"district\":\"" + DISTRICTS[random.nextInt(DISTRICTS.length)] + "\"}";
    }

    static void timed(String kind, String from, String method, String path, String body) {
        long start = System.nanoTime();
        int status;
        try {
            status = send(from, method, path, body, null).status;
        } catch (IOException e) {
            status = -1;
        }
        long micros = (System.nanoTime() - start) / 1000;
        String key = kind + " " + status;
        latencies.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        statuses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static void clock(String now) throws IOException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("strategy:demo".getBytes(StandardCharsets.UTF_8));
        Response moved = send("127.0.0.1", "POST", "/api/demo/clock", "{\"now\":\"" + now + "\"}", auth);
        System.out.println("rehearsal clock to " + now + ": HTTP " + moved.status);
    }

    static int storedComments() throws IOException {
        Response json = send("127.0.1.251", "GET", "/api/public/cycles/" + cycle + "/hearing", null, null);
        Matcher ids = Pattern.compile("\"commentId\"").matcher(json.body);
        int count = 0;
        while (ids.find()) {
            count++;
        }
        return count;
    }

    static void report() {
        System.out.printf("%-46s %7s %9s %9s %9s %9s%n", "request and status", "count", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
        latencies.keySet().stream().sorted().forEach(key -> {
            List<Long> values = new ArrayList<>(latencies.get(key));
            Collections.sort(values);
            System.out.printf(Locale.ROOT, "%-46s %7d %9.1f %9.1f %9.1f %9.1f%n", key, values.size(),
                    percentile(values, 50), percentile(values, 95), percentile(values, 99),
                    values.get(values.size() - 1) / 1000.0);
        });
    }

    static String verdict(String kind, double targetMs) {
        String key = kind.startsWith("GET ") ? kind + " 200" : kind;
        List<Long> values = latencies.get(key);
        if (values == null || values.isEmpty()) {
            return "no data";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double p95 = percentile(sorted, 95);
        return String.format(Locale.ROOT, "%.1f ms, %s", p95, p95 <= targetMs ? "met" : "MISSED");
    }

    static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    static void think(int maxMs) {
        if (maxMs > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(maxMs));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    record Response(int status, String body) {
    }

    static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd < chunked.length - 1 && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int length = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].trim(), 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    /** One HTTP/1.1 request on a new connection from {@code from} (a loopback address). */
    static Response send(String from, String method, String path, String body, String authorization)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nConnection: close\r\nAccept: application/json, text/html\r\n");
        if (body != null) {
            head.append("Content-Type: application/json; charset=UTF-8\r\nContent-Length: ").append(content.length)
                    .append("\r\n");
        }
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String answer = new String(all, 0, Math.min(all.length, 4096), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(answer.substring(9, 12));
            int split = answer.indexOf("\r\n\r\n");
            byte[] rest = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, split + 4, all.length);
            boolean chunked = answer.substring(0, Math.max(split, 0)).toLowerCase(Locale.ROOT)
                    .contains("transfer-encoding: chunked");
            return new Response(status, new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8));
        }
    }
}
