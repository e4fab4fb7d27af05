package th.go.phuket.planning.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.support.Seeding;
import th.go.phuket.planning.task.DescribeTaskListener;

/**
 * Creates the Tasklist filters (Tasklist shows no task without one), each only when no task filter of that name
 * exists, owned by nobody and readable by everybody (a global READ authorization, for when authorization is on).
 * Tasklist opens the filter with the lowest priority: {@link #TO_DO}, the work the person may do now. A database
 * of an earlier version gets it at its next start, before the filters it already has.
 */
@Component
public class TasklistFilterSeeder extends AbstractProcessEnginePlugin {

    public static final String TO_DO = "งานที่ต้องทำ / To do";
    public static final String MY_TASKS = "งานของฉัน / My tasks";
    public static final String GROUP_TASKS = "งานของกลุ่ม / My group's tasks";
    public static final String CYCLE_TASKS = "งานทั้งหมดของรอบ / All cycle tasks";
    public static final String OVERDUE_TASKS = "เลยกำหนด / Overdue";

    private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSeeder.class);

    private record FilterSpec(String name, int priority, String description, TaskQuery query) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        int created = seed(engine);
        LOG.info("Tasklist filters: {} filters/authorizations created", created);
    }

    /** Creates the missing filters and their READ authorizations; returns how many of both it created. */
    public int seed(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        int created = 0;
        for (FilterSpec spec : specs(engine)) {
            created += Seeding.createIfMissing(() -> exists(filters, spec.name()), () -> create(filters, spec));
            Filter filter = keepOldest(engine, spec.name());
            created += grantReadToEverybody(engine.getAuthorizationService(), filter.getId());
        }
        return created;
    }

    private static List<FilterSpec> specs(ProcessEngine engine) {
        var tasks = engine.getTaskService();
        return List.of(
                // their own tasks and their groups' (or their own as a candidate) that nobody has taken yet
                new FilterSpec(TO_DO, 5, "งานที่ฉันรับไว้และงานของกลุ่มที่ยังไม่มีผู้รับ / "
                        + "tasks assigned to me and unclaimed tasks of my groups",
                        tasks.createTaskQuery().or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateUserExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()),
                new FilterSpec(MY_TASKS, 10, "งานที่ฉันรับไว้ / tasks assigned to me",
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                new FilterSpec(GROUP_TASKS, 20, "งานของกลุ่มที่ยังไม่มีผู้รับ / unclaimed tasks of my groups",
                        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .taskUnassigned()),
                new FilterSpec(CYCLE_TASKS, 30, "งานทุกขั้นของรอบทบทวนแผน (สำหรับกลุ่มงานยุทธศาสตร์) / "
                        + "every task of the plan-review cycles (for the strategy office)",
                        tasks.createTaskQuery().processDefinitionKeyIn(CycleProcess.KEY, ContributionProcess.KEY)),
                new FilterSpec(OVERDUE_TASKS, 40, "งานที่เลยกำหนดส่งแล้ว / tasks past their due date",
                        tasks.createTaskQuery().dueBeforeExpression("${now()}")));
    }

    private static boolean exists(FilterService filters, String name) {
        return filters.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(name).count() > 0;
    }

    private static void create(FilterService filters, FilterSpec spec) {
        Filter filter = filters.newTaskFilter(spec.name());
        filter.setQuery(spec.query());
        filter.setProperties(properties(spec));
        filters.saveFilter(filter);
    }

    private static Map<String, Object> properties(FilterSpec spec) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", spec.description());
        properties.put("priority", spec.priority());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        // Tasklist shows the first two variables on each card and folds the rest: agency and due date first
        properties.put("variables", List.of(
                variable(ContributionProcess.VAR_AGENCY_NAME_TH, "หน่วยงาน"),
                variable(DescribeTaskListener.VAR_DUE_DATE_TEXT, "กำหนดส่ง"),
                variable(CycleProcess.VAR_CYCLE_ID, "รอบ")));
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    /**
     * Two nodes starting at once may both create a filter: all keep the one with the lowest id (ids compare as
     * strings, the same on every node). The engine leaves a deleted filter's authorizations behind: they go too.
     */
    private static Filter keepOldest(ProcessEngine engine, String name) {
        FilterService filters = engine.getFilterService();
        List<Filter> same = filters.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(name)
                .orderByFilterId().asc().list();
        for (Filter duplicate : same.subList(1, same.size())) {
            try {
                filters.deleteFilter(duplicate.getId());
            } catch (ProcessEngineException alreadyDeletedByTheOtherNode) {
                LOG.debug("Filter {} already deleted", duplicate.getId());
            }
            AuthorizationService authorizations = engine.getAuthorizationService();
            for (Authorization left : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                    .resourceId(duplicate.getId()).list()) {
                try {
                    authorizations.deleteAuthorization(left.getId());
                } catch (ProcessEngineException alreadyDeletedByTheOtherNode) {
                    LOG.debug("Authorization {} already deleted", left.getId());
                }
            }
        }
        return same.get(0);
    }

    private static int grantReadToEverybody(AuthorizationService authorizations, String filterId) {
        return Seeding.createIfMissing(() -> authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER)
                .resourceId(filterId).count() > 0, () -> {
                    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                    read.setResource(Resources.FILTER);
                    read.setResourceId(filterId);
                    read.addPermission(Permissions.READ);
                    authorizations.saveAuthorization(read);
                });
    }
}
