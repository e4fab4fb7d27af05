package th.go.phuket.planning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import th.go.phuket.planning.contribution.ContributionProcess;

/**
 * The whole cycle walked over {@code /engine-rest} with HTTP Basic, each step by the person who does it: the office
 * starts and drafts, each agency reviews its own proposal, the office screens, the committee decides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class CycleOverEngineRestIntegrationTest {

    private static final String CYCLE = "phuket-2563-rest";
    private static final List<String> AGENCIES = List.of("pkt_public_health", "dist_kathu", "edu_psu_phuket");
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;

    /** The cycle's 2018 dates on the engine clock of 17 Aug 2018, so no reminder or deadline timer is due yet. */
    @org.junit.jupiter.api.BeforeEach
    void kickoffClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant()));
    }

    @org.junit.jupiter.api.AfterEach
    void realClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    @Test
    void theWholeCycleCanBeWalkedOverEngineRestByThePeopleWhoDoEachStep() {
        Map<String, Object> start = Map.of("businessKey", CYCLE, "variables", Map.of(
                CycleProcess.VAR_AGENCIES, string(String.join(",", AGENCIES))));
        ResponseEntity<Map> started = as("strategy").postForEntity(
                "/engine-rest/process-definition/key/" + CycleProcess.KEY + "/start", start, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);

        completeOnly("strategy", CycleProcess.TASK_PREPARE_DRAFT, "strategy-office");
        for (String agency : AGENCIES) {
            completeOnly(agency, ContributionProcess.TASK_AGENCY_REVIEW, agency);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks("strategy", ContributionProcess.TASK_SCREEN_PROPOSAL,
                "strategy-office").size() == AGENCIES.size());
        for (Map<String, Object> screening : tasks("strategy", ContributionProcess.TASK_SCREEN_PROPOSAL, "strategy-office")) {
            complete("strategy", screening, ContributionProcess.TASK_SCREEN_PROPOSAL);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks("strategy", CycleProcess.TASK_CONSOLIDATE_DRAFT,
                "strategy-office").size() == 1);
        for (String key : List.of(CycleProcess.TASK_CONSOLIDATE_DRAFT, CycleProcess.TASK_PREPARE_HEARING,
                CycleProcess.TASK_SUMMARISE_HEARING, CycleProcess.TASK_REVISE_PLAN)) {
            completeOnly("strategy", key, "strategy-office");
        }
        completeOnly("committee", CycleProcess.TASK_COMMITTEE_DECISION, "committee");
        completeOnly("strategy", CycleProcess.TASK_SUBMIT_PLAN, "strategy-office");

        ResponseEntity<List<Map<String, Object>>> finished = as("strategy").exchange(
                "/engine-rest/history/process-instance?processDefinitionKey=" + CycleProcess.KEY
                        + "&processInstanceBusinessKey=" + CYCLE + "&finished=true", HttpMethod.GET, null, LIST);
        assertThat(finished.getBody()).hasSize(1);
    }

    @Test
    void aTaskCompletedOverRestWithoutItsRequiredValueIsRefusedWithTheThaiMessageAndStaysOpen() {
        as("strategy").postForEntity("/engine-rest/process-definition/key/" + CycleProcess.KEY + "/start",
                Map.of("businessKey", "rest-refusal-2563", "variables",
                        Map.of(CycleProcess.VAR_AGENCIES, string("pkt_public_health"))), Map.class);
        Map<String, Object> draft = as("strategy").exchange("/engine-rest/task?processInstanceBusinessKey=rest-refusal-2563"
                + "&taskDefinitionKey=" + CycleProcess.TASK_PREPARE_DRAFT, HttpMethod.GET, HttpEntity.EMPTY, LIST)
                .getBody().get(0);

        ResponseEntity<String> refused = as("strategy").postForEntity("/engine-rest/task/" + draft.get("id") + "/complete",
                Map.of("variables", Map.of(CycleProcess.VAR_DRAFT_SUMMARY, string(""))), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("สรุปร่างแผน", "draftSummary is required", "\"errors\":{\"draftSummary\"")
                .doesNotContain("ENGINE-", "Exception while invoking");
        assertThat(as("strategy").getForEntity("/engine-rest/task/" + draft.get("id"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void completeOnly(String user, String taskKey, String group) {
        List<Map<String, Object>> tasks = tasks(user, taskKey, group);
        assertThat(tasks).as("%s for %s", taskKey, user).hasSize(1);
        complete(user, tasks.get(0), taskKey);
    }

    private void complete(String user, Map<String, Object> task, String taskKey) {
        Map<String, Object> variables = new LinkedHashMap<>();
        CycleWalk.goodValues(taskKey).forEach((name, value) -> variables.put(name, value instanceof Integer number
                ? Map.of("value", number, "type", "Integer") : string(value.toString())));
        ResponseEntity<String> done = as(user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
                Map.of("variables", variables), String.class);
        assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskKey, done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<Map<String, Object>> tasks(String user, String taskKey, String group) {
        ResponseEntity<List<Map<String, Object>>> tasks = as(user).exchange("/engine-rest/task?processInstanceBusinessKey="
                + CYCLE + "&taskDefinitionKey=" + taskKey + "&candidateGroup=" + group, HttpMethod.GET,
                HttpEntity.EMPTY, LIST);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return tasks.getBody();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }
}
