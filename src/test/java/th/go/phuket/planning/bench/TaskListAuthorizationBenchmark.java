package th.go.phuket.planning.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * Not a test: the cost of authorization checks on an agency's task list. One engine, 5,000 open tasks across 100
 * agency groups (candidate group = agency, so Camunda grants READ + TASK_WORK per task, as in the app), and the two
 * Tasklist queries an agency user runs — its group's unclaimed tasks (page of 15 + count) and the all-tasks filter —
 * timed alternately with authorization checks on and off in the same run. Prints median and p95 in milliseconds.
 * Run with {@code bench/task-list-authorization.sh}; BENCH_JDBC_URL/USER/PASSWORD point it at another database
 * (default: in-memory H2).
 */
public final class TaskListAuthorizationBenchmark {

    private static final int AGENCIES = 100;
    private static final int TASKS = 5_000;
    private static final int WARMUP = 50;
    private static final int ROUNDS = 300;

    private TaskListAuthorizationBenchmark() {
    }

    public static void main(String[] args) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) new StandaloneProcessEngineConfiguration()
                .setJdbcUrl(env("BENCH_JDBC_URL", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"))
                .setJdbcUsername(env("BENCH_JDBC_USER", "sa"))
                .setJdbcPassword(env("BENCH_JDBC_PASSWORD", ""))
                .setDatabaseSchemaUpdate("true")
                .setJobExecutorActivate(false)
                .setHistory("none")
                .setAuthorizationEnabled(true);
        config.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        config.setJdbcMaxActiveConnections(4);
        // agency ids hold '_', as in application.yaml
        config.setGroupResourceWhitelistPattern("[a-zA-Z0-9_\\-]+");
        config.setUserResourceWhitelistPattern("[a-zA-Z0-9_\\-]+");
        ProcessEngine engine = config.buildProcessEngine();
        try {
            seed(engine);
            String agency = "bench_agency_042";
            TaskService tasks = engine.getTaskService();
            IdentityService identity = engine.getIdentityService();
            identity.setAuthentication(agency, List.of(agency));
            Supplier<Integer> groupFilter = () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(agency))
                    .taskUnassigned().orderByDueDate().asc().listPage(0, 15).size()
                    + (int) tasks.createTaskQuery().taskCandidateGroupIn(List.of(agency)).taskUnassigned().count();
            Supplier<Integer> allTasksFilter = () -> tasks.createTaskQuery().orderByDueDate().asc().listPage(0, 15)
                    .size() + (int) tasks.createTaskQuery().count();
            System.out.printf("planning-cycle task-list benchmark: %d open tasks, %d agency groups, user %s, %s%n",
                    TASKS, AGENCIES, agency, config.getJdbcUrl());
            measure("group's tasks (page 15 + count)", config, groupFilter);
            measure("all-tasks filter (page 15 + count)", config, allTasksFilter);
            identity.clearAuthentication();
        } finally {
            engine.close();
        }
    }

    private static void seed(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        TaskService tasks = engine.getTaskService();
        if (tasks.createTaskQuery().count() >= TASKS) {
            return;
        }
        for (int a = 0; a < AGENCIES; a++) {
            var group = identity.newGroup(agency(a));
            group.setType("agency");
            identity.saveGroup(group);
        }
        java.util.Date due = new java.util.Date();
        for (int t = 0; t < TASKS; t++) {
            Task task = tasks.newTask();
            task.setName("ทบทวนแผน " + t);
            task.setDueDate(new java.util.Date(due.getTime() + t * 60_000L));
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), agency(t % AGENCIES));
        }
    }

    private static String agency(int index) {
        return String.format("bench_agency_%03d", index);
    }

    /** Alternates on/off each round so both see the same machine load; prints median and p95 of each. */
    private static void measure(String name, ProcessEngineConfigurationImpl config, Supplier<Integer> query) {
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        int seenOn = 0;
        int seenOff = 0;
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (boolean authorization : new boolean[] {round % 2 == 0, round % 2 != 0}) {
                config.setAuthorizationEnabled(authorization);
                long start = System.nanoTime();
                int seen = query.get();
                long elapsed = System.nanoTime() - start;
                if (round >= WARMUP) {
                    (authorization ? on : off).add(elapsed);
                }
                if (authorization) {
                    seenOn = seen;
                } else {
                    seenOff = seen;
                }
            }
        }
        config.setAuthorizationEnabled(true);
        System.out.printf("%-38s authorization on : median %7.2f ms  p95 %7.2f ms  (rows+count %d)%n", name,
                percentile(on, 50), percentile(on, 95), seenOn);
        System.out.printf("%-38s authorization off: median %7.2f ms  p95 %7.2f ms  (rows+count %d)%n", name,
                percentile(off, 50), percentile(off, 95), seenOff);
    }

    private static double percentile(List<Long> nanos, int percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}
