package th.go.phuket.planning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Latency of the progress read model, not a test: {@code ./mvnw -o -Pbench test} (or {@code bench/progress.sh}).
 * Two H2 file databases under {@code target/bench-db/} (kept: a second run measures at once), filled through the
 * real processes: one cycle of 60 agencies, and 100 cycles of 100 agencies
 * (10,000 agency instances with their history). Prints the median and 95th percentile of {@code progress} (the
 * read model alone, and with the JSON the API writes) and of the cycle list, and writes them to
 * {@code bench/out/progress.txt}. Goal: under 50 ms and under 300 ms.
 */
class ProgressBenchmark {

    private static final int WARM_UP = 100;
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final OffsetDateTime MEASURED_AT = OffsetDateTime.parse("2018-09-03T10:00:00+07:00");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final List<String> REPORT = new ArrayList<>();

    @Test
    void oneCycleOfSixtyAgencies() {
        measureScenario("1 cycle x 60 agencies", "small", 60, 1);
    }

    @Test
    void hundredCyclesOfHundredAgencies() {
        measureScenario("100 cycles x 100 agencies", "large", 100, Integer.getInteger("bench.cycles", 100));
    }

    private static void measureScenario(String name, String database, int agencies, int cycles) {
        AgencyDirectory directory = BenchCycles.directoryOf(agencies);
        ProcessEngine engine = BenchCycles.engine(database, directory);
        long fill = System.nanoTime();
        List<String> cycleIds = BenchCycles.run(engine, directory, cycles, "bench-" + database);
        report("%s: filled in %.0f s, now %d agency instances and %d historic activity instances", name,
                (System.nanoTime() - fill) / 1e9, engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processDefinitionKey("agencyContribution").count(),
                engine.getHistoryService().createHistoricActivityInstanceQuery().count());
        ClockUtil.setCurrentTime(Date.from(MEASURED_AT.toInstant()));
        ProgressReader reader = new ProgressReader(engine.getHistoryService(), engine.getTaskService(),
                ProcessTestEngine.CALENDAR, directory, new CamundaLinks("/camunda"));
        CycleProgress sample = reader.progress(cycleIds.get(cycleIds.size() / 2));
        assertThat(sample.agencies()).hasSize(agencies);
        report("%s: one cycle's counts %s", name, sample.counts());

        Random random = new Random(6);
        measure(name + ": progress (read model)", () -> reader.progress(cycleIds.get(random.nextInt(cycleIds.size()))));
        measure(name + ": progress (read model + JSON)", () -> json(reader.progress(
                cycleIds.get(random.nextInt(cycleIds.size())))));
        measure(name + ": cycle list (read model + JSON)", () -> json(reader.cycles()));
        ClockUtil.reset();
        Mocks.reset();
        engine.close();
    }

    private static void measure(String what, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report("%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs, load average %s)", what,
                millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[0], millis[RUNS - 1], RUNS,
                loadAverage());
    }

    /** The machine's one-minute load average: on a shared machine it explains the spread between min and p95. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[bench] " + line);
        REPORT.add(line);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("bench/out/progress.txt");
        Files.createDirectories(out.getParent());
        String header = "progress benchmark " + java.time.Instant.now() + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores, H2 file database, engine-only, engine clock 3 Sep 2018 10:00\n";
        Files.writeString(out, header + String.join("\n", REPORT) + "\n", StandardCharsets.UTF_8);
    }
}
