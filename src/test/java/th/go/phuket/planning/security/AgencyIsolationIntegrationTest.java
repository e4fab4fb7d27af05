package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.IdentitySeeder;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;

/**
 * Three agencies in one cycle, seen through engine REST with authorization on: each sees, claims and completes
 * only its own task, never hands it to somebody else; managers read everything and complete nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class AgencyIsolationIntegrationTest {

    private static final String PASSWORD = IdentitySeeder.DEMO_PASSWORD;

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired AgencyDirectory directory;
    @Autowired AuthorizationSeeder authorizationSeeder;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    private String cycle;
    private String agencyA;
    private String agencyB;
    private Task taskA;
    private Task taskB;

    @BeforeEach
    void cycleWithThreeAgenciesAtReview() {
        List<String> agencies = directory.ids().subList(0, 3);
        agencyA = agencies.get(0);
        agencyB = agencies.get(1);
        cycle = "isolation-" + System.nanoTime();
        String instance = runtimeService.startProcessInstanceByKey(CycleProcess.KEY, cycle,
                Map.of(CycleProcess.VAR_AGENCIES, String.join(",", agencies))).getId();
        Task draft = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        HttpResponse<String> completed = RestClient.as(port, IdentitySeeder.USER_STRATEGY, PASSWORD)
                .post("/engine-rest/task/" + draft.getId() + "/complete",
                        "{\"variables\":{\"draftSummary\":{\"value\":\"ร่างแผน (draft)\"}}}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        taskA = agencyTask(agencyA);
        taskB = agencyTask(agencyB);
    }

    @Test
    void anonymousCallersGet401WithABasicChallenge() {
        RestClient anonymous = RestClient.anonymous(port);
        for (HttpResponse<String> response : List.of(anonymous.get("/engine-rest/task"),
                anonymous.get("/api/agencies"), anonymous.post("/api/cycles", "{}"))) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        }
        // a wrong password counts towards the engine's login lock-out: use a user the other tests do not log in with
        String bystander = directory.ids().get(3);
        assertThat(RestClient.as(port, bystander, "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(RestClient.as(port, bystander, "wrong").get("/api/agencies").statusCode()).isEqualTo(401);
        assertThat(RestClient.as(port, "nobody", "wrong").get("/api/agencies").statusCode()).isEqualTo(401);
    }

    @Test
    void agencySeesOnlyItsOwnTaskInListsAndInEveryTasklistFilter() {
        RestClient a = RestClient.as(port, agencyA, PASSWORD);
        String listed = a.get("/engine-rest/task?processInstanceBusinessKey=" + cycle).body();
        assertThat(listed).contains(taskA.getId()).doesNotContain(taskB.getId());
        assertThat(a.get("/engine-rest/task/count?processInstanceBusinessKey=" + cycle).body())
                .isEqualTo("{\"count\":1}");

        List<Filter> filters = filterService.createFilterQuery().list();
        assertThat(filters).hasSize(5);
        for (Filter filter : filters) {
            HttpResponse<String> shown = a.post("/engine-rest/filter/" + filter.getId() + "/list", "{}");
            assertThat(shown.statusCode()).as(filter.getName()).isEqualTo(200);
            assertThat(shown.body()).as(filter.getName()).doesNotContain(taskB.getId());
        }
        assertThat(a.post("/engine-rest/filter/" + groupFilter().getId() + "/list", "{}").body())
                .contains(taskA.getId());
        Filter toDo = filters.stream().filter(filter -> filter.getName().equals(TasklistFilterSeeder.TO_DO))
                .findFirst().orElseThrow();
        assertThat(a.post("/engine-rest/filter/" + toDo.getId() + "/list", "{}").body()).contains(taskA.getId());
    }

    @Test
    void agencyCannotReadClaimOrCompleteAnotherAgencysTask() {
        RestClient a = RestClient.as(port, agencyA, PASSWORD);
        String other = "/engine-rest/task/" + taskB.getId();

        assertThat(a.get(other).statusCode()).isIn(403, 404);
        assertThat(a.get(other + "/variables").statusCode()).isEqualTo(403);
        assertThat(a.get(other + "/form-variables").statusCode()).isEqualTo(403);
        assertThat(a.post(other + "/claim", "{\"userId\":\"" + agencyA + "\"}").statusCode()).isEqualTo(403);
        assertThat(a.post(other + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(a.post(other + "/submit-form", "{}").statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskB.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void agencyClaimsAndCompletesItsOwnTaskButCannotHandItToAnybodyElse() {
        RestClient a = RestClient.as(port, agencyA, PASSWORD);
        String own = "/engine-rest/task/" + taskA.getId();

        HttpResponse<String> variables = a.get(own + "/variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        assertThat(variables.body()).contains(ContributionProcess.VAR_AGENCY_NAME_TH);
        assertThat(a.get(own + "/form-variables").statusCode()).isEqualTo(200);
        assertThat(a.get(own + "/deployed-form").statusCode()).isEqualTo(200);
        assertThat(a.post(own + "/claim", "{\"userId\":\"" + agencyA + "\"}").statusCode()).isEqualTo(204);
        assertThat(a.post(own + "/assignee", "{\"userId\":\"" + agencyB + "\"}").statusCode()).isEqualTo(403);
        assertThat(a.post(own + "/delegate", "{\"userId\":\"" + agencyB + "\"}").statusCode()).isEqualTo(403);
        assertThat(a.post(own + "/identity-links", "{\"groupId\":\"" + agencyB + "\",\"type\":\"candidate\"}")
                .statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskA.getId()).singleResult().getAssignee())
                .isEqualTo(agencyA);

        HttpResponse<String> done = a.post(own + "/complete", "{\"variables\":{"
                + "\"reviewOutcome\":{\"value\":\"no_change\"},\"reviewComments\":{\"value\":\"ok\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    @Test
    void managersReadEveryTaskAndCompleteNone() {
        RestClient manager = RestClient.as(port, IdentitySeeder.USER_MANAGER, PASSWORD);
        String listed = manager.get("/engine-rest/task?processInstanceBusinessKey=" + cycle).body();
        assertThat(listed).contains(taskA.getId(), taskB.getId());
        assertThat(manager.get("/engine-rest/task/" + taskB.getId() + "/variables").statusCode()).isEqualTo(200);
        assertThat(manager.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + cycle).body())
                .contains(cycle);

        assertThat(manager.post("/engine-rest/task/" + taskA.getId() + "/claim", "{\"userId\":\"manager\"}")
                .statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task/" + taskA.getId() + "/complete", "{}").statusCode())
                .isEqualTo(403);
        assertThat(manager.post("/engine-rest/process-definition/key/" + CycleProcess.KEY + "/start",
                "{\"businessKey\":\"manager-cycle\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void theCommitteeSeesNoAgencyTaskAndTheOfficeReadsTheWholeCycle() {
        String committee = RestClient.as(port, IdentitySeeder.USER_COMMITTEE, PASSWORD)
                .get("/engine-rest/task?processInstanceBusinessKey=" + cycle).body();
        assertThat(committee).isEqualTo("[]");

        RestClient office = RestClient.as(port, IdentitySeeder.USER_STRATEGY, PASSWORD);
        assertThat(office.get("/engine-rest/task?processInstanceBusinessKey=" + cycle).body())
                .contains(taskA.getId(), taskB.getId());
        assertThat(office.post("/engine-rest/task/" + taskA.getId() + "/complete", "{}").statusCode())
                .as("the office reads agency tasks but does not work them").isEqualTo(403);
    }

    @Test
    void rightsAreCreatedOnceAndSeedingAgainChangesNothing() {
        assertThat(authorizationSeeder.seed(engine)).isZero();
        var query = engine.getAuthorizationService().createAuthorizationQuery();
        assertThat(query.groupIdIn(agencyA).resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId(taskA.getId()).singleResult().isPermissionGranted(
                        org.camunda.bpm.engine.authorization.Permissions.TASK_WORK))
                .as("the candidate group works the task").isTrue();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(agencyA)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(taskA.getId())
                .singleResult().isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE))
                .as("but may not hand it on (no UPDATE)").isFalse();
    }

    private Task agencyTask(String agency) {
        return taskService.createTaskQuery().processInstanceBusinessKey(cycle)
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).taskCandidateGroup(agency).singleResult();
    }

    private Filter groupFilter() {
        return filterService.createFilterQuery()
                .filterName(th.go.phuket.planning.security.TasklistFilterSeeder.GROUP_TASKS).singleResult();
    }
}
