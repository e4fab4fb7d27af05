package th.go.phuket.planning.dashboard;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyCategory;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * Fills an engine-only H2 database with cycles run through the real processes (the notices and their outbox rows
 * included; delivering them writes no history), so the history is what the application writes: the office sends the draft, then of every ten agencies three are accepted, one returned
 * (every other one handing in again), two wait for screening and four have not handed in.
 */
final class BenchCycles {

    static final OffsetDateTime KICKOFF = OffsetDateTime.parse("2018-08-17T09:00:00+07:00");

    private BenchCycles() {
    }

    /**
     * An engine on an H2 file database of its own under {@code target/bench-db/} (as the default profile runs), with
     * the product's listeners and tables and both processes. A second run reuses the cycles already there.
     */
    static ProcessEngine engine(String name, AgencyDirectory directory) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-" + name);
        configuration.setJdbcUrl("jdbc:h2:file:" + Path.of("target/bench-db/bench-" + name).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        ProcessEngine engine = configuration.buildProcessEngine();
        ProcessTestEngine.prepare(engine, directory);
        ProcessTestEngine.deployAllProcesses(engine, "bench");
        return engine;
    }

    /** The directory's agencies, plus made-up ones (category by turn) up to {@code size}. */
    static AgencyDirectory directoryOf(int size) {
        StringBuilder csv = new StringBuilder("id,name_th,name_en,category,email,parent_group\n");
        List<Agency> real = ProcessTestEngine.DIRECTORY.all();
        AgencyCategory[] categories = AgencyCategory.values();
        for (int i = 0; i < size; i++) {
            if (i < real.size()) {
                Agency a = real.get(i);
                csv.append(String.join(",", a.id(), quoted(a.nameTh()), quoted(a.nameEn()), a.category().code(),
                        a.email(), a.parentGroup())).append('\n');
            } else {
                AgencyCategory category = categories[i % categories.length];
                String id = "bench_agency_" + i;
                csv.append(String.join(",", id, "หน่วยงานทดสอบที่ " + i, "Bench agency " + i, category.code(),
                        id + "@agencies.example", category.code())).append('\n');
            }
        }
        return new AgencyDirectory(new StringReader(csv.toString()));
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** Starts {@code count} cycles with every agency of the directory and moves each agency to its state. */
    static List<String> run(ProcessEngine engine, AgencyDirectory directory, int count, String prefix) {
        List<String> cycleIds = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            String cycleId = String.format("%s-%03d", prefix, c);
            cycleIds.add(cycleId);
            if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(cycleId)
                    .processDefinitionKey(CycleProcess.KEY).count() > 0) {
                continue;
            }
            ClockUtil.setCurrentTime(Date.from(KICKOFF.toInstant()));
            engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, Map.<String, Object>of(
                    VAR_CYCLE_ID, cycleId, VAR_AGENCIES, String.join(",", directory.ids())));
            CycleWalk.complete(engine, CycleWalk.onlyTask(engine, cycleId, TASK_PREPARE_DRAFT));
            ClockUtil.setCurrentTime(Date.from(KICKOFF.plusDays(7).toInstant()));
            List<Task> reviews = tasks(engine, cycleId, TASK_AGENCY_REVIEW);
            for (int i = 0; i < reviews.size(); i++) {
                if (i % 10 < 6) {
                    CycleWalk.complete(engine, reviews.get(i));
                }
            }
            ClockUtil.setCurrentTime(Date.from(KICKOFF.plusDays(10).toInstant()));
            screen(engine, cycleId);
            ClockUtil.setCurrentTime(Date.from(KICKOFF.plusDays(11).toInstant()));
            List<Task> again = tasks(engine, cycleId, TASK_AGENCY_REVIEW).stream()
                    .filter(task -> engine.getTaskService().getVariable(task.getId(), VAR_RETURN_COUNT) instanceof
                            Integer returns && returns > 0).toList();
            for (int i = 0; i < again.size(); i += 2) {
                CycleWalk.complete(engine, again.get(i));
            }
            CycleWalk.runJobs(engine);
            if (c % 10 == 0) {
                System.out.printf("[bench] %s: %d of %d cycles filled%n", prefix, c, count);
            }
        }
        return cycleIds;
    }

    private static void screen(ProcessEngine engine, String cycleId) {
        List<Task> screenings = tasks(engine, cycleId, TASK_SCREEN_PROPOSAL);
        for (int i = 0; i < screenings.size(); i++) {
            int slot = i % 6;
            if (slot < 3) {
                CycleWalk.complete(engine, screenings.get(i));
            } else if (slot == 3) {
                CycleWalk.complete(engine, screenings.get(i), Map.of(VAR_SCREENING_DECISION, SCREENING_RETURNED,
                        VAR_SCREENING_NOTE, "กรุณาระบุงบประมาณรายโครงการ"));
            }
        }
    }

    private static List<Task> tasks(ProcessEngine engine, String cycleId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId).taskDefinitionKey(key)
                .orderByTaskId().asc().list();
    }
}
