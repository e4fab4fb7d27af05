package th.go.phuket.planning.plan;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.proposal.FrameworkItem;

/**
 * Not a test: times consolidating 60 agencies × 20 projects (1,200) into the XLSX. Runs the real processes on the
 * engine-only test engine (in-memory H2): every agency proposes through Task_AgencyReview (validation), every
 * proposal is screened (one DMN evaluation per project) and accepted; then the plan is read from history and written
 * as XLSX and CSV, a few times to warm up and then measured. Run with {@code bench/action-plan/run.sh}.
 */
public final class ActionPlanBenchmark {

    private static final String CYCLE = "phuket-2563-bench";

    private ActionPlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int perAgency = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ProcessEngine engine = ProcessEngineConfiguration
                .createProcessEngineConfigurationFromResource(th.go.phuket.planning.ProcessTestEngine.CONFIGURATION).buildProcessEngine();
        try {
            ProcessTestEngine.prepare(engine);
            ProcessTestEngine.deployAllProcesses(engine, "action-plan-bench");
            long walk = System.nanoTime();
            List<String> ids = ProcessTestEngine.DIRECTORY.ids().subList(0, agencies);
            engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, CYCLE,
                    Map.of(CycleProcess.VAR_CYCLE_ID, CYCLE, CycleProcess.VAR_AGENCIES, String.join(",", ids)));
            CycleWalk.complete(engine, CycleWalk.onlyTask(engine, CYCLE, CycleProcess.TASK_PREPARE_DRAFT));
            double proposeSeconds = proposeAndAccept(engine, perAgency);
            CycleWalk.runJobs(engine);
            double walkSeconds = (System.nanoTime() - walk) / 1e9;

            var reader = new ActionPlanReader(engine.getHistoryService());
            var workbook = new ActionPlanWorkbook(ProcessTestEngine.CATALOGUE);
            var csv = new ActionPlanCsv(ProcessTestEngine.CATALOGUE);
            List<Double> readMs = new ArrayList<>();
            List<Double> xlsxMs = new ArrayList<>();
            List<Double> csvMs = new ArrayList<>();
            int xlsxBytes = 0;
            int projects = 0;
            for (int round = -3; round < rounds; round++) {
                long start = System.nanoTime();
                ActionPlan plan = reader.read(CYCLE).orElseThrow();
                long read = System.nanoTime();
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                workbook.write(plan, xlsx);
                long written = System.nanoTime();
                csv.write(plan, new ByteArrayOutputStream());
                long csvWritten = System.nanoTime();
                if (round >= 0) {
                    readMs.add((read - start) / 1e6);
                    xlsxMs.add((written - read) / 1e6);
                    csvMs.add((csvWritten - written) / 1e6);
                }
                xlsxBytes = xlsx.size();
                projects = plan.projects().size();
            }
            System.out.printf("agencies %d × projects %d = %d projects in the plan (%d rounds after 3 warm-up)%n",
                    agencies, perAgency, projects, rounds);
            System.out.printf("walk (propose, validate, screen with DMN, accept): %.1f s, of which the %d agencies'"
                    + " completions of Task_AgencyReview (each: checks + %d DMN evaluations) %.1f s, %.0f ms each%n",
                    walkSeconds, agencies, perAgency, proposeSeconds, proposeSeconds * 1000 / agencies);
            System.out.printf("read plan from history: %s%n", summary(readMs));
            System.out.printf("write XLSX (%,d bytes):     %s%n", xlsxBytes, summary(xlsxMs));
            System.out.printf("write CSV:                  %s%n", summary(csvMs));
            System.out.printf("consolidate into XLSX (read + write), median: %.0f ms%n",
                    median(readMs) + median(xlsxMs));
        } finally {
            engine.close();
        }
    }

    /** @return the seconds the agencies' completions took (validation, then screening when the next task starts) */
    private static double proposeAndAccept(ProcessEngine engine, int perAgency) {
        Random random = new Random(2563);
        List<FrameworkItem> goals = ProcessTestEngine.CATALOGUE.byFramework("phuket_goals");
        List<FrameworkItem> strategies = ProcessTestEngine.CATALOGUE.byFramework("national_strategy");
        List<FrameworkItem> others = ProcessTestEngine.CATALOGUE.byFramework("nesdp12");
        List<String> districts = List.of("mueang_phuket", "kathu", "thalang", "province_wide", "andaman_group");
        var tasks = engine.getTaskService();
        long proposing = 0;
        for (Task review : tasks.createTaskQuery().processInstanceBusinessKey(CYCLE)
                .taskDefinitionKey(TASK_AGENCY_REVIEW).list()) {
            String agency = (String) tasks.getVariable(review.getId(), VAR_AGENCY_NAME_TH);
            List<Map<String, Object>> projects = new ArrayList<>();
            for (int n = 1; n <= perAgency; n++) {
                Map<String, Object> project = new LinkedHashMap<>();
                project.put("title", "โครงการพัฒนาที่ " + n + " ของ" + agency);
                project.put("objective", "ยกระดับคุณภาพชีวิตและเศรษฐกิจของชาวภูเก็ตตามเป้าหมายจังหวัด");
                project.put("budgetBaht", BigDecimal.valueOf(100_000 + random.nextInt(20_000_000), 0)
                        .add(BigDecimal.valueOf(random.nextInt(100), 2)));
                project.put("responsibleUnit", "กลุ่มงานยุทธศาสตร์ " + agency);
                project.put("district", districts.get(random.nextInt(districts.size())));
                project.put("alignment", Arrays.asList(goals.get(random.nextInt(goals.size())).code(),
                        strategies.get(random.nextInt(strategies.size())).code(),
                        others.get(random.nextInt(others.size())).code()));
                projects.add(project);
            }
            Map<String, Object> values = new HashMap<>();
            values.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
            values.put(VAR_PROJECTS, projects);
            long start = System.nanoTime();
            tasks.complete(review.getId(), values);
            proposing += System.nanoTime() - start;
        }
        for (Task screening : tasks.createTaskQuery().processInstanceBusinessKey(CYCLE)
                .taskDefinitionKey(TASK_SCREEN_PROPOSAL).list()) {
            tasks.complete(screening.getId(), Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED));
        }
        return proposing / 1e9;
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format("min %.0f ms, median %.0f ms, max %.0f ms", sorted.get(0), median(millis),
                sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
