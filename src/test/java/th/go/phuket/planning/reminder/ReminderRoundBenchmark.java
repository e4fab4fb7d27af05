package th.go.phuket.planning.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.PlanningApplication;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.mail.EmbeddedMailServer;

/**
 * Benchmark (not a test; {@code bench/reminder-round.sh}): how long a reminder round takes to be written (timers
 * fired, digests in the outbox) and delivered (SENT, in the embedded GreenMail), for one cycle of 60 agencies and
 * for 5,000 open agency tasks (84 cycles of 60 agencies, due the same day; one reminder timer per cycle). Each scenario runs the whole app on an
 * in-memory H2 database with the default job executor, moves the rehearsal clock to the 3-working-day reminder
 * (28 Aug 2018 08:30) and waits. The set-up's TASK_ASSIGNED emails are all delivered before the clock moves, so only
 * the reminder round is measured.
 */
public final class ReminderRoundBenchmark {

    private static final Instant KICKOFF = OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant();
    private static final Instant REMINDER_DAY = OffsetDateTime.parse("2018-08-28T08:31:00+07:00").toInstant();
    private static final int AGENCIES_PER_CYCLE = 60;

    private ReminderRoundBenchmark() {
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<String> report = new ArrayList<>();
        report.add(run("one cycle, 60 agencies", 60));
        report.add(run("5,000-task scale", tasks));
        System.out.println();
        System.out.println("== reminder round benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String name, int openTasks) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanningApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench-" + openTasks + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--planning.demo.cycle=false", "--planning.demo.users=false", "--planning.mail.embedded.smtp-port=0",
                "--planning.mail.embedded.imap-port=0", "--logging.level.org.camunda=WARN", "--logging.level.root=WARN")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RehearsalClock clock = app.getBean(RehearsalClock.class);
            EmbeddedMailServer mail = app.getBean(EmbeddedMailServer.class);
            List<String> agencies = app.getBean(AgencyDirectory.class).ids().subList(0, AGENCIES_PER_CYCLE);
            clock.moveTo(KICKOFF);

            long setupStart = System.nanoTime();
            int created = 0;
            for (int cycle = 1; created < openTasks; cycle++) {
                List<String> invited = agencies.subList(0, Math.min(AGENCIES_PER_CYCLE, openTasks - created));
                startCycle(engine, "bench-" + cycle, invited);
                created += invited.size();
            }
            int assignedTotal = created;
            // the set-up's TASK_ASSIGNED emails are not what is measured: they are all delivered before the round
            waitFor(Duration.ofMinutes(60), () -> count(jdbc, "TASK_ASSIGNED", "SENT") == assignedTotal);
            long setupSeconds = Duration.ofNanos(System.nanoTime() - setupStart).toSeconds();
            int mailsBefore = mail.greenMail().getReceivedMessages().length;
            long timers = engine.getManagementService().createJobQuery().timers()
                    .duedateLowerThan(Date.from(REMINDER_DAY)).count();

            long start = System.nanoTime();
            clock.moveTo(REMINDER_DAY);
            jobExecutor(engine).jobWasAdded();
            waitFor(Duration.ofMinutes(60), () -> engine.getManagementService().createJobQuery().timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).count() == 0 && count(jdbc, "REMINDER", null) > 0);
            long written = System.nanoTime();
            int reminders = count(jdbc, "REMINDER", null);
            waitFor(Duration.ofMinutes(60), () -> count(jdbc, "REMINDER", "SENT") == reminders);
            long delivered = System.nanoTime();
            int received = mail.greenMail().getReceivedMessages().length - mailsBefore;
            Integer listed = jdbc.queryForObject("select count(*) from pc_outbox_notice", Integer.class);
            ClockUtil.reset();
            return String.format("%-24s %,6d open agency tasks: %,5d timers fired and %,3d reminder emails (%,d tasks"
                            + " listed) written in %6.1f s, all delivered after %6.1f s; %,d messages in GreenMail"
                            + " (set-up: %,d tasks in %,d s%s)",
                    name, created, timers, reminders, listed, seconds(start, written), seconds(start, delivered),
                    received, assignedTotal, setupSeconds, ", their TASK_ASSIGNED emails sent before");
        }
    }

    private static void startCycle(ProcessEngine engine, String cycleId, List<String> agencies) {
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, cycleId,
                Map.of(CycleProcess.VAR_CYCLE_ID, cycleId, CycleProcess.VAR_AGENCIES, String.join(",", agencies)));
        Task draft = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).singleResult();
        engine.getTaskService().complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
    }

    private static int count(JdbcTemplate jdbc, String kind, String status) {
        Integer n = status == null
                ? jdbc.queryForObject("select count(*) from pc_outbox where kind = ?", Integer.class, kind)
                : jdbc.queryForObject("select count(*) from pc_outbox where kind = ? and status = ?", Integer.class,
                        kind, status);
        return n == null ? 0 : n;
    }

    private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private static void waitFor(Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark condition not reached within " + atMost);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
