package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.phuket.planning.EngineCleanup;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.contribution.ContributionProcess;

/** Engine only (camunda-test.cfg.xml): the filters are created once and show the right tasks to the right people. */
class TasklistFilterSeederTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();


    private static final List<String> NAMES = List.of(TasklistFilterSeeder.TO_DO, TasklistFilterSeeder.MY_TASKS,
            TasklistFilterSeeder.GROUP_TASKS, TasklistFilterSeeder.CYCLE_TASKS, TasklistFilterSeeder.OVERDUE_TASKS);

    ProcessEngine engine;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        TaskService tasks = engine.getTaskService();
        tasks.createTaskQuery().list().stream().filter(task -> task.getProcessInstanceId() == null)
                .forEach(task -> tasks.deleteTask(task.getId(), true));
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
        EngineCleanup.removeIdentitiesFiltersAndAuthorizations(engine);
    }

    @Test
    void secondRunCreatesNothingAndEveryFilterIsReadableByEverybody() {
        int firstRun = new TasklistFilterSeeder().seed(engine);
        int secondRun = new TasklistFilterSeeder().seed(engine);

        assertThat(firstRun).isEqualTo(2 * NAMES.size());
        assertThat(secondRun).isZero();
        FilterService filters = engine.getFilterService();
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrderElementsOf(NAMES);
        for (Filter filter : filters.createFilterQuery().list()) {
            assertThat(filter.getResourceType()).isEqualTo(EntityTypes.TASK);
            assertThat(filter.getOwner()).isNull();
            Authorization read = engine.getAuthorizationService().createAuthorizationQuery()
                    .resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
            assertThat(read.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GLOBAL);
            assertThat(read.getUserId()).isEqualTo(Authorization.ANY);
            assertThat(read.isPermissionGranted(Permissions.READ)).isTrue();
        }
    }

    @Test
    void filtersAreOrderedRefreshAndShowAgencyDueDateAndCycle() {
        new TasklistFilterSeeder().seed(engine);

        Map<String, Object> groupTasks = filter(TasklistFilterSeeder.GROUP_TASKS).getProperties();
        assertThat(groupTasks).containsEntry("priority", 20).containsEntry("refresh", true);
        assertThat(groupTasks.get("variables")).isEqualTo(List.of(
                Map.of("name", "agencyNameTh", "label", "หน่วยงาน"),
                Map.of("name", "dueDateText", "label", "กำหนดส่ง"),
                Map.of("name", "cycleId", "label", "รอบ")));
        assertThat(NAMES.stream().map(name -> filter(name).getProperties().get("priority")))
                .containsExactly(5, 10, 20, 30, 40);
    }

    @Test
    void toDoListsWhatThePersonMayWorkOnNowTheirOwnAndTheirGroupsUnclaimedTasks() {
        new TasklistFilterSeeder().seed(engine);
        Task mine = newTask("mine", task -> task.setAssignee("pkt_public_health"));
        Task forTheAgency = newTask("for the agency", task -> { });
        engine.getTaskService().addCandidateGroup(forTheAgency.getId(), "pkt_public_health");
        Task forMeByName = newTask("for me as a candidate", task -> { });
        engine.getTaskService().addCandidateUser(forMeByName.getId(), "pkt_public_health");
        Task claimedByAColleague = newTask("claimed", task -> task.setAssignee("colleague"));
        engine.getTaskService().addCandidateGroup(claimedByAColleague.getId(), "pkt_public_health");
        Task otherAgency = newTask("other agency", task -> { });
        engine.getTaskService().addCandidateGroup(otherAgency.getId(), "lao_patong");
        newTask("nobody's", task -> { });

        engine.getIdentityService().setAuthentication("pkt_public_health", List.of("pkt_public_health"));
        assertThat(list(TasklistFilterSeeder.TO_DO))
                .containsExactlyInAnyOrder(mine.getId(), forTheAgency.getId(), forMeByName.getId());
        assertThat(engine.getFilterService().count(filter(TasklistFilterSeeder.TO_DO).getId())).isEqualTo(3);

        engine.getIdentityService().setAuthentication("lao_patong", List.of("lao_patong"));
        assertThat(list(TasklistFilterSeeder.TO_DO)).containsExactly(otherAgency.getId());
    }

    @Test
    void aDatabaseOfTheEarlierVersionGetsToDoAsItsFirstFilterAndKeepsTheOthers() {
        new TasklistFilterSeeder().seed(engine);
        FilterService filters = engine.getFilterService();
        Filter toDo = filter(TasklistFilterSeeder.TO_DO);
        filters.deleteFilter(toDo.getId());
        engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(toDo.getId()).list()
                .forEach(read -> engine.getAuthorizationService().deleteAuthorization(read.getId()));
        List<String> earlierIds = filters.createFilterQuery().list().stream().map(Filter::getId).toList();

        int created = new TasklistFilterSeeder().seed(engine);

        assertThat(created).isEqualTo(2);
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getId).containsAll(earlierIds);
        Filter first = filters.createFilterQuery().list().stream()
                .min(java.util.Comparator.comparingInt(f -> (Integer) f.getProperties().get("priority"))).orElseThrow();
        assertThat(first.getName()).isEqualTo(TasklistFilterSeeder.TO_DO);
    }

    @Test
    void myTasksAndGroupTasksDependOnWhoIsLoggedIn() {
        new TasklistFilterSeeder().seed(engine);
        Task mine = newTask("mine", task -> task.setAssignee("strategy"));
        Task forTheAgency = newTask("for the agency", task -> { });
        engine.getTaskService().addCandidateGroup(forTheAgency.getId(), "pkt_public_health");
        Task claimedByAColleague = newTask("claimed", task -> task.setAssignee("colleague"));
        engine.getTaskService().addCandidateGroup(claimedByAColleague.getId(), "pkt_public_health");
        Task otherAgency = newTask("other agency", task -> { });
        engine.getTaskService().addCandidateGroup(otherAgency.getId(), "lao_patong");

        engine.getIdentityService().setAuthentication("strategy", List.of("strategy-office"));
        assertThat(list(TasklistFilterSeeder.MY_TASKS)).containsExactly(mine.getId());
        assertThat(list(TasklistFilterSeeder.GROUP_TASKS)).isEmpty();

        engine.getIdentityService().setAuthentication("pkt_public_health", List.of("pkt_public_health"));
        assertThat(list(TasklistFilterSeeder.MY_TASKS)).isEmpty();
        assertThat(list(TasklistFilterSeeder.GROUP_TASKS)).containsExactly(forTheAgency.getId());
    }

    @Test
    void overdueListsTasksDueBeforeTheEngineClock() {
        new TasklistFilterSeeder().seed(engine);
        ClockUtil.setCurrentTime(Timestamp.valueOf("2018-09-03 09:00:00"));
        Task late = newTask("late", task -> task.setDueDate(Timestamp.valueOf("2018-08-31 16:30:00")));
        newTask("in time", task -> task.setDueDate(Timestamp.valueOf("2018-09-05 16:30:00")));
        newTask("no due date", task -> { });

        assertThat(list(TasklistFilterSeeder.OVERDUE_TASKS)).containsExactly(late.getId());
    }

    @Test
    void allCycleTasksListsOnlyTasksOfTheCycleProcesses() {
        new TasklistFilterSeeder().seed(engine);
        engine.getRepositoryService().createDeployment()
                .addModelInstance("contribution.bpmn", oneTaskProcess(ContributionProcess.KEY))
                .addModelInstance("other.bpmn", oneTaskProcess("someOtherProcess")).deploy();
        engine.getRuntimeService().startProcessInstanceByKey(ContributionProcess.KEY);
        engine.getRuntimeService().startProcessInstanceByKey("someOtherProcess");
        newTask("standalone", task -> { });

        Task contributionTask = engine.getTaskService().createTaskQuery()
                .processDefinitionKey(ContributionProcess.KEY).singleResult();
        assertThat(list(TasklistFilterSeeder.CYCLE_TASKS)).containsExactly(contributionTask.getId());
    }

    @Test
    void aDuplicateCreatedByAnotherNodeIsRemovedAndAnEditedFilterIsKept() {
        new TasklistFilterSeeder().seed(engine);
        FilterService filters = engine.getFilterService();
        Filter edited = filter(TasklistFilterSeeder.OVERDUE_TASKS);
        edited.setProperties(Map.of("priority", 99));
        filters.saveFilter(edited);
        Filter duplicate = filters.newTaskFilter(TasklistFilterSeeder.MY_TASKS);
        duplicate.setQuery(engine.getTaskService().createTaskQuery());
        filters.saveFilter(duplicate);

        new TasklistFilterSeeder().seed(engine);

        assertThat(filters.createFilterQuery().filterName(TasklistFilterSeeder.MY_TASKS).count()).isOne();
        assertThat(filters.createFilterQuery().count()).isEqualTo(NAMES.size());
        assertThat(filter(TasklistFilterSeeder.OVERDUE_TASKS).getProperties()).isEqualTo(Map.of("priority", 99));
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(NAMES.size());
    }

    private Filter filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    }

    private List<String> list(String filterName) {
        List<Task> tasks = engine.getFilterService().list(filter(filterName).getId());
        return tasks.stream().map(Task::getId).toList();
    }

    private Task newTask(String name, Consumer<Task> setUp) {
        Task task = engine.getTaskService().newTask();
        task.setName(name);
        setUp.accept(task);
        engine.getTaskService().saveTask(task);
        return task;
    }

    private static BpmnModelInstance oneTaskProcess(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Any").endEvent().done();
    }
}
