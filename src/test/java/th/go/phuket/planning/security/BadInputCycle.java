package th.go.phuket.planning.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * The bad-input suite's cycle: one agency, moved on with good values only when a case needs a later task, so every
 * task gets its bad inputs while it is open. The job executor is held still ({@link QuietEngine}), so the
 * asynchronous steps (emails, the continuation after the contributions) run here, before any row is counted.
 */
final class BadInputCycle {

    /** The task open at each stage, in the order the cycle reaches them. */
    enum Stage {
        DRAFT(CycleProcess.TASK_PREPARE_DRAFT),
        REVIEW(ContributionProcess.TASK_AGENCY_REVIEW),
        SCREENING(ContributionProcess.TASK_SCREEN_PROPOSAL),
        HEARING(CycleProcess.TASK_PREPARE_HEARING),
        SUMMARY(CycleProcess.TASK_SUMMARISE_HEARING),
        COMMITTEE(CycleProcess.TASK_COMMITTEE_DECISION);

        final String taskKey;

        Stage(String taskKey) {
            this.taskKey = taskKey;
        }
    }

    private final ProcessEngine engine;
    final String cycleId;
    private Stage stage = Stage.DRAFT;

    private BadInputCycle(ProcessEngine engine, String cycleId) {
        this.engine = engine;
        this.cycleId = cycleId;
    }

    static BadInputCycle start(ProcessEngine engine) {
        engine.getIdentityService().clearAuthentication();
        String cycle = "bad-input-" + Long.toString(System.nanoTime(), 36);
        engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, cycle,
                AgencyPair.plannedAhead(List.of(AgencyPair.AGENCY_A)));
        BadInputCycle suite = new BadInputCycle(engine, cycle);
        CycleWalk.runJobs(engine);
        return suite;
    }

    /** The open task of {@code wanted}, moving the cycle on with good values until it is there. */
    Task openTask(Stage wanted) {
        if (wanted.ordinal() < stage.ordinal()) {
            throw new IllegalStateException("The cycle has moved past " + wanted + "; order the cases by stage");
        }
        while (stage != wanted) {
            CycleWalk.complete(engine, task(stage));
            if (stage == Stage.SCREENING) {
                CycleWalk.runJobs(engine);
                CycleWalk.complete(engine, CycleWalk.onlyTask(engine, cycleId, CycleProcess.TASK_CONSOLIDATE_DRAFT));
            } else if (stage == Stage.SUMMARY) {
                CycleWalk.complete(engine, CycleWalk.onlyTask(engine, cycleId, CycleProcess.TASK_REVISE_PLAN));
            }
            CycleWalk.runJobs(engine);
            stage = Stage.values()[stage.ordinal() + 1];
        }
        return task(wanted);
    }

    private Task task(Stage at) {
        Task task = CycleWalk.onlyTask(engine, cycleId, at.taskKey);
        if (task == null) {
            throw new IllegalStateException("No open " + at.taskKey + " in " + cycleId);
        }
        return task;
    }
}
