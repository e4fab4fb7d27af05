package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Completes the tasks of a cycle with good values, as the office, agencies and committee would. */
public final class CycleWalk {

    private CycleWalk() {
    }

    /** Good completion values of each task, by task definition key. */
    public static Map<String, Object> goodValues(String taskKey) {
        Map<String, Object> values = new HashMap<>();
        switch (taskKey) {
            case TASK_PREPARE_DRAFT -> values.put(VAR_DRAFT_SUMMARY, "ทบทวน SWOT และเป้าหมาย 4M + 2S");
            case TASK_AGENCY_REVIEW -> {
                values.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
                values.put(VAR_REVIEW_COMMENTS, "เสนอปรับตัวชี้วัดด้านสาธารณสุข");
            }
            case TASK_SCREEN_PROPOSAL -> values.put(VAR_SCREENING_DECISION, SCREENING_ACCEPTED);
            case TASK_CONSOLIDATE_DRAFT -> values.put(VAR_CONSOLIDATION_NOTE, "รวมข้อเสนอทุกหน่วยงานแล้ว");
            case TASK_PREPARE_HEARING -> {
                values.put(VAR_HEARING_DATE, "2018-09-13");
                values.put(VAR_HEARING_VENUE, "ห้องประชุมศาลากลางจังหวัดภูเก็ต");
            }
            case TASK_SUMMARISE_HEARING -> {
                values.put(VAR_HEARING_SUMMARY, "ผู้เข้าร่วมเห็นด้วยกับร่างแผน มีข้อเสนอเพิ่มเติมด้านการท่องเที่ยว");
                values.put(VAR_ATTENDEE_COUNT, 142);
            }
            case TASK_REVISE_PLAN -> values.put(VAR_REVISION_NOTE, "ปรับตามข้อเสนอของเวทีประชาคม");
            case TASK_COMMITTEE_DECISION -> {
                values.put(VAR_COMMITTEE_DECISION, DECISION_APPROVED);
                values.put(VAR_COMMITTEE_NOTE, "เห็นชอบ");
            }
            case TASK_SUBMIT_PLAN -> values.put(VAR_SUBMISSION_REFERENCE, "ภก 0017.2/1234");
            default -> throw new IllegalArgumentException(taskKey);
        }
        return values;
    }

    public static Task onlyTask(ProcessEngine engine, String cycleId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    public static void complete(ProcessEngine engine, Task task) {
        engine.getTaskService().complete(task.getId(), goodValues(task.getTaskDefinitionKey()));
    }

    public static void complete(ProcessEngine engine, Task task, Map<String, Object> values) {
        engine.getTaskService().complete(task.getId(), values);
    }

    /** Every agency reviews, every proposal is accepted, and the asynchronous continuations run. */
    public static void allAgenciesContributeAndAreAccepted(ProcessEngine engine, String cycleId) {
        for (String key : List.of(TASK_AGENCY_REVIEW, TASK_SCREEN_PROPOSAL)) {
            engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleId).taskDefinitionKey(key)
                    .list().forEach(task -> complete(engine, task));
        }
        runJobs(engine);
    }

    public static void runJobs(ProcessEngine engine) {
        for (List<Job> jobs = dueJobs(engine); !jobs.isEmpty(); jobs = dueJobs(engine)) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static List<Job> dueJobs(ProcessEngine engine) {
        return engine.getManagementService().createJobQuery().executable().list();
    }
}
