package th.go.phuket.planning.hearing.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.hearing.HearingProcess;

/**
 * A cycle of its own per test, on the 2018 calendar (20 Aug 2018, hearing day 13 Sep 2018), whose draft is published
 * so its comments are open: tests in one application context never share a hearing, a rate limit or a clock moment.
 */
final class HearingFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENCIES = "pkt_public_health,dist_thalang,pvt_chamber";

    private HearingFixture() {
    }

    /** Starts a cycle, publishes its draft (the cycle starts its hearing) and returns the cycle id. */
    static String openHearing(RuntimeService runtime, TaskService tasks, RehearsalClock clock) {
        clock.moveTo(OffsetDateTime.parse("2018-08-20T10:00:00+07:00").toInstant());
        String cycleId = "hearing-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey(CycleProcess.KEY, cycleId, Map.of(CycleProcess.VAR_CYCLE_ID, cycleId,
                CycleProcess.VAR_AGENCIES, AGENCIES));
        Task draft = tasks.createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).singleResult();
        tasks.complete(draft.getId(), CycleWalk.goodValues(CycleProcess.TASK_PREPARE_DRAFT));
        if (runtime.createProcessInstanceQuery().processDefinitionKey(HearingProcess.KEY)
                .processInstanceBusinessKey(cycleId).count() == 0) {
            throw new IllegalStateException("publishing the draft of " + cycleId + " did not start its hearing");
        }
        return cycleId;
    }

    /** Starts a cycle whose draft is not published yet (its comments have not opened). */
    static String draftNotPublished(RuntimeService runtime, RehearsalClock clock) {
        clock.moveTo(OffsetDateTime.parse("2018-08-17T10:00:00+07:00").toInstant());
        String cycleId = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey(CycleProcess.KEY, cycleId, Map.of(CycleProcess.VAR_CYCLE_ID, cycleId,
                CycleProcess.VAR_AGENCIES, AGENCIES));
        return cycleId;
    }

    static String comment(String itemId, String text) {
        return json(Map.of("itemId", itemId, "text", text, "sector", "citizen", "name", "สมศรี ทดสอบ",
                "district", "ถลาง"));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
