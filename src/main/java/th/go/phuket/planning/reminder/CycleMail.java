package th.go.phuket.planning.reminder;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.IcsCalendar;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.OutboxWriter;
import th.go.phuket.planning.support.Messages;

/** The emails about a whole cycle: hearing invitations, the deadline warning, the submitted plan. */
@Component
public class CycleMail {

    private final NoticeComposer composer;
    private final OutboxWriter outbox;
    private final AgencyDirectory directory;
    private final WorkingDayCalendar calendar;

    public CycleMail(NoticeComposer composer, OutboxWriter outbox, AgencyDirectory directory,
                     WorkingDayCalendar calendar) {
        this.composer = composer;
        this.outbox = outbox;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** {@code HEARING_INVITATION}: one email to every agency of the cycle, with the hearing in its calendar. */
    public void hearingInvitations(DelegateExecution cycle) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String cycleId = (String) cycle.getVariable(VAR_CYCLE_ID);
        LocalDate hearing = LocalDate.parse((String) cycle.getVariable(VAR_HEARING_DATE));
        String venue = java.util.Objects.toString(cycle.getVariable(VAR_HEARING_VENUE), "-");
        String title = (String) cycle.getVariable(VAR_CYCLE_TITLE);
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.allDay(cycleId + ".hearing@planning-cycle", hearing,
                Messages.get("mail.ics.hearing"), title, venue, composer.addresses().tasklistLink())), now);
        String subject = Messages.get("mail.subject.HEARING_INVITATION", ThaiDates.shortDate(hearing),
                NoticeComposer.ENGLISH_DATE.format(hearing));
        for (Object agencyId : (Collection<?>) cycle.getVariable(VAR_AGENCY_IDS)) {
            Agency agency = directory.require((String) agencyId);
            Map<String, Object> model = base(cycle);
            model.put("greeting", agency.nameTh());
            model.put("hearingDateText", ThaiDates.shortDate(hearing));
            model.put("hearingDateLetter", ThaiDates.letterDate(hearing));
            model.put("hearingDateEn", NoticeComposer.ENGLISH_DATE.format(hearing));
            model.put("hearingVenue", venue);
            String key = NoticeComposer.key(EmailKind.HEARING_INVITATION, cycleId + "/" + agency.id(),
                    NoticeComposer.bangkok(now));
            outbox.write(composer.cycleEmail(EmailKind.HEARING_INVITATION, key, cycleId,
                    cycle.getProcessInstanceId(), agency.recipients(), List.of(), subject, model, ics));
        }
    }

    /** {@code DEADLINE_AT_RISK}: managers and the office, with what is still open in the cycle (from its watch). */
    public void deadlineAtRisk(DelegateExecution cycle) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String cycleId = (String) cycle.getVariable(VAR_CYCLE_ID);
        LocalDate deadline = LocalDate.parse((String) cycle.getVariable(VAR_SUBMISSION_DEADLINE));
        int left = calendar.workingDaysBetween(NoticeComposer.bangkok(now), deadline);
        List<Task> open = cycle.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(cycle.getProcessBusinessKey()).active().orderByDueDate().asc().list();
        Map<String, Object> model = base(cycle);
        model.put("greeting", Messages.get("mail.to.cycleLeaders"));
        model.put("daysLeft", left);
        model.put("deadlineText", ThaiDates.shortDate(deadline));
        model.put("deadlineEn", NoticeComposer.ENGLISH_DATE.format(deadline));
        model.put("items", open.stream().map(task -> composer.item(facts(task, cycle), now)).toList());
        MailAddresses to = composer.addresses();
        String ics = IcsCalendar.of(List.of(IcsCalendar.Event.allDay(cycleId + ".submission@planning-cycle",
                deadline, Messages.get("mail.ics.submission", cycle.getVariable(VAR_CYCLE_TITLE)), null, null,
                to.tasklistLink())), now);
        String subject = Messages.get("mail.subject.DEADLINE_AT_RISK", left, ThaiDates.shortDate(deadline),
                NoticeComposer.ENGLISH_DATE.format(deadline));
        outbox.write(composer.cycleEmail(EmailKind.DEADLINE_AT_RISK,
                NoticeComposer.key(EmailKind.DEADLINE_AT_RISK, cycleId, NoticeComposer.bangkok(now)), cycleId,
                (String) cycle.getVariable(DeadlineWatchProcess.VAR_CYCLE_PROCESS_INSTANCE_ID),
                List.of(to.managers(), to.strategyOffice()), List.of(), subject, model,
                ics));
    }

    /** {@code PLAN_SUBMITTED}: managers, the office and the committee, when the cycle ends. */
    public void planSubmitted(DelegateExecution cycle) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String cycleId = (String) cycle.getVariable(VAR_CYCLE_ID);
        String reference = (String) cycle.getVariable(VAR_SUBMISSION_REFERENCE);
        Map<String, Object> model = base(cycle);
        model.put("greeting", Messages.get("mail.to.planSubmitted"));
        model.put("submissionReference", reference);
        model.put("submittedText", ThaiDates.shortDate(NoticeComposer.bangkok(now)));
        model.put("submittedEn", NoticeComposer.ENGLISH_DATE.format(NoticeComposer.bangkok(now)));
        MailAddresses to = composer.addresses();
        model.put("actionPlanUrl", to.actionPlanPageLink(cycleId));
        model.put("actionPlanXlsxUrl", to.actionPlanWorkbookLink(cycleId));
        model.put("dashboardUrl", to.dashboardLink(cycleId));
        outbox.write(composer.cycleEmail(EmailKind.PLAN_SUBMITTED,
                NoticeComposer.key(EmailKind.PLAN_SUBMITTED, cycleId, NoticeComposer.bangkok(now)), cycleId,
                cycle.getProcessInstanceId(), List.of(to.managers(), to.strategyOffice(), to.committee()), List.of(),
                Messages.get("mail.subject.PLAN_SUBMITTED", cycle.getVariable(VAR_CYCLE_TITLE), reference), model,
                null));
    }

    private static Map<String, Object> base(DelegateExecution cycle) {
        Map<String, Object> model = new HashMap<>();
        model.put("cycleId", cycle.getVariable(VAR_CYCLE_ID));
        model.put("cycleTitle", cycle.getVariable(VAR_CYCLE_TITLE));
        model.put("province", cycle.getVariable(VAR_PROVINCE));
        return model;
    }

    /** An open task of the cycle as the deadline warning lists it (office tasks have no agency). */
    private TaskFacts facts(Task task, DelegateExecution cycle) {
        Instant due = task.getDueDate() == null ? ClockUtil.getCurrentTime().toInstant() : task.getDueDate().toInstant();
        Object agency = cycle.getProcessEngineServices().getTaskService()
                .getVariable(task.getId(), ContributionProcess.VAR_AGENCY_NAME_TH);
        String name = agency == null ? task.getName() : task.getName() + " – " + agency;
        return new TaskFacts(task.getId(), name, task.getProcessInstanceId(),
                (String) cycle.getVariable(VAR_CYCLE_ID), (String) cycle.getVariable(VAR_CYCLE_TITLE),
                (String) cycle.getVariable(VAR_PROVINCE), null, null, null, null, due, task.getCreateTime().toInstant());
    }
}
