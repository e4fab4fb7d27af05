package th.go.phuket.planning.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Everything of agency B a caller could change, as text lines, read through the Java API as the app (no
 * authentication): B's task and its variables, links, comments and attachments; B's contribution instance, its
 * activities, executions, jobs, incidents and history; B's user, group and memberships, and agency A's memberships
 * (A must never join B's group); B's FAILED email in the outbox (read from the table). Two equal descriptions mean
 * nothing of B changed.
 */
final class StateOfB {

    private StateOfB() {
    }

    static List<String> describe(ProcessEngine engine, AgencyPair pair) {
        engine.getIdentityService().clearAuthentication();
        String taskId = pair.values.get("bTask");
        String instance = pair.values.get("bInstance");
        List<String> lines = new ArrayList<>();
        task(engine, taskId, lines);
        instance(engine, instance, lines);
        historyOf(engine, instance, taskId, lines);
        identity(engine, lines);
        lines.add("email to B: " + AgencyPair.jdbc(engine).queryForList("select status, attempts, retries_left,"
                + " next_attempt_at, claimed_by, last_error from pc_outbox where id = ?", pair.values.get("bOutboxEmail")));
        return lines;
    }

    private static void task(ProcessEngine engine, String taskId, List<String> lines) {
        var tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        lines.add(task == null ? "task: gone" : "task: " + String.join("|", task.getName(), task.getAssignee() + "",
                task.getOwner() + "", task.getDelegationState() + "", task.getPriority() + "", task.getDueDate() + "",
                task.getFollowUpDate() + "", task.getDescription() + "", task.isSuspended() + "",
                task.getParentTaskId() + "", task.getCaseInstanceId() + ""));
        if (task == null) {
            return;
        }
        lines.add("task variables: " + describe(tasks.getVariablesLocalTyped(taskId)));
        lines.add("task links: " + tasks.getIdentityLinksForTask(taskId).stream()
                .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList());
        lines.add("task comments: " + tasks.getTaskComments(taskId).stream()
                .map(comment -> comment.getId() + ":" + comment.getFullMessage()).sorted().toList());
        lines.add("attachments: " + tasks.getTaskAttachments(taskId).stream()
                .map(attachment -> attachment.getId() + ":" + attachment.getName() + ":"
                        + attachment.getDescription()).sorted().toList());
    }

    private static void instance(ProcessEngine engine, String instance, List<String> lines) {
        var runtime = engine.getRuntimeService();
        var found = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult();
        lines.add(found == null ? "instance: gone" : "instance: suspended=" + found.isSuspended()
                + " key=" + found.getBusinessKey() + " definition=" + found.getProcessDefinitionId());
        if (found == null) {
            return;
        }
        lines.add("instance variables: " + describe(runtime.getVariablesTyped(instance)));
        lines.add("executions: " + runtime.createExecutionQuery().processInstanceId(instance).list().stream()
                .map(execution -> execution.getId() + ":" + execution.isSuspended()).sorted().toList());
        lines.add("execution variables: " + describe(runtime.getVariablesLocalTyped(
                engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
                        .map(Task::getExecutionId).findFirst().orElse(instance))));
        lines.add("activities: " + activities(runtime.getActivityInstance(instance)));
        lines.add("instance comments: " + engine.getTaskService().getProcessInstanceComments(instance).stream()
                .map(comment -> comment.getId() + ":" + comment.getFullMessage()).sorted().toList());
        lines.add("jobs: " + engine.getManagementService().createJobQuery().processInstanceId(instance).list().stream()
                .map(job -> job.getId() + ":" + job.getRetries() + ":" + job.getDuedate() + ":" + job.isSuspended()
                        + ":" + job.getPriority()).sorted().toList());
        lines.add("incidents: " + runtime.createIncidentQuery().processInstanceId(instance).list().stream()
                .map(incident -> incident.getId() + ":" + incident.getIncidentMessage() + ":"
                        + incident.getAnnotation()).sorted().toList());
        lines.add("subscriptions: " + runtime.createEventSubscriptionQuery().processInstanceId(instance).count());
    }

    private static void historyOf(ProcessEngine engine, String instance, String taskId, List<String> lines) {
        var history = engine.getHistoryService();
        var past = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        lines.add(past == null ? "history: gone" : "history: " + past.getState() + ":" + past.getEndTime() + ":"
                + past.getRemovalTime() + ":" + past.getDeleteReason());
        lines.add("historic tasks: " + history.createHistoricTaskInstanceQuery().processInstanceId(instance).list()
                .stream().map(task -> task.getId() + ":" + task.getAssignee() + ":" + task.getEndTime() + ":"
                        + task.getDeleteReason() + ":" + task.getRemovalTime()).sorted().toList());
        lines.add("historic variables: " + history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .list().stream().map(variable -> variable.getId() + ":" + variable.getState() + ":"
                        + variable.getRemovalTime()).sorted().toList());
        lines.add("historic details: " + history.createHistoricDetailQuery().processInstanceId(instance).count());
        lines.add("historic activities: " + history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .count());
        lines.add("identity link log: " + history.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .count());
        lines.add("operation log: " + history.createUserOperationLogQuery().processInstanceId(instance).list()
                .stream().map(entry -> entry.getId() + ":" + entry.getAnnotation()).sorted().toList());
        lines.add("historic incidents: " + history.createHistoricIncidentQuery().processInstanceId(instance).count());
        lines.add("job log: " + history.createHistoricJobLogQuery().processInstanceId(instance).count());
    }

    private static void identity(ProcessEngine engine, List<String> lines) {
        var identity = engine.getIdentityService();
        var userB = identity.createUserQuery().userId(AgencyPair.AGENCY_B).singleResult();
        lines.add(userB == null ? "user B: gone" : "user B: " + userB.getFirstName() + "|" + userB.getLastName() + "|"
                + userB.getEmail() + "|" + identity.checkPassword(AgencyPair.AGENCY_B, "demo"));
        var groupB = identity.createGroupQuery().groupId(AgencyPair.AGENCY_B).singleResult();
        lines.add(groupB == null ? "group B: gone" : "group B: " + groupB.getName() + "|" + groupB.getType());
        lines.add("members of B: " + identity.createUserQuery().memberOfGroup(AgencyPair.AGENCY_B).list().stream()
                .map(user -> user.getId()).sorted().toList());
        lines.add("groups of A: " + identity.createGroupQuery().groupMember(AgencyPair.AGENCY_A).list().stream()
                .map(group -> group.getId()).sorted().toList());
        lines.add("tenants of A: " + identity.createTenantQuery().userMember(AgencyPair.AGENCY_A).count());
        lines.add("rights of A: " + engine.getAuthorizationService().createAuthorizationQuery()
                .userIdIn(AgencyPair.AGENCY_A).count() + "/" + engine.getAuthorizationService()
                .createAuthorizationQuery().groupIdIn(AgencyPair.AGENCY_A).count());
    }

    /** Name → type and value; a file by its name and a hash of its bytes (its Java object differs per read). */
    private static String describe(VariableMap variables) {
        TreeMap<String, String> described = new TreeMap<>();
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            String text;
            if (value instanceof FileValue file) {
                try (var content = file.getValue()) {
                    text = file.getFilename() + ":" + Arrays.hashCode(content.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                text = Objects.toString(value.getValue());
            }
            described.put(name, value.getType().getName() + ":" + text.length() + ":" + text.hashCode());
        }
        return described.toString();
    }

    private static String activities(ActivityInstance root) {
        if (root == null) {
            return "none";
        }
        List<String> ids = new ArrayList<>();
        collect(root, ids);
        ids.sort(Comparator.naturalOrder());
        return ids.toString();
    }

    private static void collect(ActivityInstance activity, List<String> ids) {
        ids.add(activity.getActivityId() + ":" + activity.getId());
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            collect(child, ids);
        }
    }
}
