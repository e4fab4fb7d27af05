package th.go.phuket.planning.reminder;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.task.CallerValues;

/**
 * What an email says about one agency task: the task, its cycle, its agency, who gets the email and the due date.
 * The names are the cycle's (as they were when it started); the recipients are the directory's now (the agency's
 * address and its contact people's), so an address the office changes is used from the next email on.
 */
public record TaskFacts(
        String taskId,
        String taskName,
        String processInstanceId,
        String cycleId,
        String cycleTitle,
        String province,
        String agencyId,
        String agencyNameTh,
        String agencyNameEn,
        List<String> recipients,
        Instant dueAt,
        Instant createdAt) {

    public TaskFacts {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The variables of an agency contribution an email needs. */
    public static final String[] VARIABLES = {VAR_AGENCY_ID, VAR_AGENCY_NAME_TH, VAR_AGENCY_NAME_EN,
        CycleProcess.VAR_CYCLE_ID, CycleProcess.VAR_CYCLE_TITLE, CycleProcess.VAR_PROVINCE};

    /**
     * The review task a contribution is about to create ({@code Task_AgencyReview} is next): no id yet, its name from
     * the model, due at the cycle's {@code proposalsDueAt} as the task will be.
     */
    public static TaskFacts ofReviewToCome(DelegateExecution contribution, AgencyDirectory directory, Instant now) {
        FlowElement review = contribution.getBpmnModelInstance().getModelElementById(TASK_AGENCY_REVIEW);
        Map<String, Object> variables = new HashMap<>(contribution.getVariables());
        // the cycle's values a contribution reads from the cycle (CallerValues)
        variables.putIfAbsent(CycleProcess.VAR_PROVINCE, CallerValues.value(contribution, CycleProcess.VAR_PROVINCE));
        return of(null, review.getName(), contribution.getProcessInstanceId(),
                (Date) CallerValues.value(contribution, CycleProcess.VAR_PROPOSALS_DUE_AT), Date.from(now),
                variables, directory);
    }

    /** A stored task and the variables of its process instance. */
    public static TaskFacts of(Task task, Map<String, Object> variables, AgencyDirectory directory) {
        return of(task.getId(), task.getName(), task.getProcessInstanceId(), task.getDueDate(), task.getCreateTime(),
                variables, directory);
    }

    private static TaskFacts of(String taskId, String taskName, String processInstanceId, Date dueDate,
                                Date createTime, Map<String, Object> variables, AgencyDirectory directory) {
        String agencyId = (String) variables.get(VAR_AGENCY_ID);
        Agency agency = directory.find(agencyId).orElse(null);
        List<String> recipients = agency != null ? agency.recipients() : List.of();
        if (recipients.isEmpty()) {
            throw new IllegalStateException("No email address for agency " + agencyId + " (task " + taskId + ")");
        }
        return new TaskFacts(taskId, taskName, processInstanceId,
                text(variables.get(CycleProcess.VAR_CYCLE_ID), null),
                text(variables.get(CycleProcess.VAR_CYCLE_TITLE), ""),
                text(variables.get(CycleProcess.VAR_PROVINCE), ""),
                agencyId,
                text(variables.get(VAR_AGENCY_NAME_TH), agency == null ? agencyId : agency.nameTh()),
                text(variables.get(VAR_AGENCY_NAME_EN), agency == null ? agencyId : agency.nameEn()),
                recipients,
                dueDate == null ? null : dueDate.toInstant(),
                createTime == null ? Instant.EPOCH : createTime.toInstant());
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
