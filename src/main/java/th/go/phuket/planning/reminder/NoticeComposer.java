package th.go.phuket.planning.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.mail.Email;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.IcsCalendar;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailItem;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.support.Messages;

/** Builds the emails of the SPEC table from facts: subject, bodies from the templates, recipients, calendar entry. */
@Component
public class NoticeComposer {

    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final MailTemplates templates;
    private final MailAddresses addresses;
    private final DueNoticeSchedule schedule;

    public NoticeComposer(MailTemplates templates, MailAddresses addresses, DueNoticeSchedule schedule) {
        this.templates = templates;
        this.addresses = addresses;
        this.schedule = schedule;
    }

    public MailAddresses addresses() {
        return addresses;
    }

    /**
     * An email to one agency about its {@code tasks} (one for TASK_ASSIGNED and RETURNED, all due ones for a
     * REMINDER or OVERDUE digest). OVERDUE goes in copy to the strategy office.
     */
    public Email agencyEmail(EmailKind kind, String key, List<TaskFacts> tasks, Instant now, String note) {
        List<TaskFacts> byDue = tasks.stream()
                .sorted(Comparator.comparing(TaskFacts::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        TaskFacts first = byDue.get(0);
        String firstDue = thai(first.dueAt());
        String firstDueEn = english(first.dueAt());
        String subject = switch (kind) {
            case TASK_ASSIGNED -> Messages.get("mail.subject.TASK_ASSIGNED", first.taskName(), firstDue, firstDueEn);
            case RETURNED -> Messages.get("mail.subject.RETURNED", first.taskName(), first.agencyNameTh(), firstDueEn);
            case REMINDER, OVERDUE -> Messages.get("mail.subject." + kind.name(), first.agencyNameTh(), byDue.size(),
                    firstDue, firstDueEn);
            default -> throw new IllegalArgumentException(kind + " is not an agency task email");
        };
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", first.agencyNameTh());
        model.put("greetingEn", first.agencyNameEn());
        model.put("province", first.province());
        model.put("items", byDue.stream().map(task -> item(task, now)).toList());
        model.put("firstDueEn", firstDueEn);
        model.put("note", note == null ? "" : note);
        List<IcsCalendar.Event> events = byDue.stream().filter(task -> task.dueAt() != null).map(this::dueEvent)
                .toList();
        List<String> cc = kind == EmailKind.OVERDUE ? List.of(addresses.strategyOffice()) : List.of();
        return email(kind, key, first.cycleId(), first.processInstanceId(), first.taskId(),
                first.recipients(), cc, subject, model, events.isEmpty() ? null : IcsCalendar.of(events, now));
    }

    /** An email about a whole cycle (hearing, deadline, submission). */
    public Email cycleEmail(EmailKind kind, String key, String cycleId, String processInstanceId, List<String> to,
                            List<String> cc, String subject, Map<String, Object> model, String ics) {
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("tasklistUrl", addresses.tasklistLink());
        all.putIfAbsent("items", List.of());
        return email(kind, key, cycleId, processInstanceId, null, to, cc, subject, all, ics);
    }

    public MailItem item(TaskFacts task, Instant now) {
        if (task.dueAt() == null) {
            return new MailItem(task.taskName(), task.cycleTitle(), thai(null), english(null), "", "", link(task));
        }
        LocalDate due = bangkok(task.dueAt());
        int left = schedule.workingDaysLeft(task.dueAt(), now);
        String leftText = left > 0 ? Messages.get("mail.daysLeft.future", left)
                : left == 0 ? Messages.get("mail.daysLeft.today") : Messages.get("mail.daysLeft.late", -left);
        String leftTextEn = left > 0 ? Messages.get("mail.daysLeft.future.en", left)
                : left == 0 ? Messages.get("mail.daysLeft.today.en") : Messages.get("mail.daysLeft.late.en", -left);
        return new MailItem(task.taskName(), task.cycleTitle(), ThaiDates.shortDate(due), ENGLISH_DATE.format(due),
                leftText, leftTextEn, link(task));
    }

    /** The calendar entry of a task's due date; one UID per contribution, so later emails update the same entry. */
    IcsCalendar.Event dueEvent(TaskFacts task) {
        String uid = task.processInstanceId() + "." + ContributionProcess.TASK_AGENCY_REVIEW + "@planning-cycle";
        return IcsCalendar.Event.at(uid, task.dueAt(), Messages.get("mail.ics.due", task.taskName()),
                task.cycleTitle() + "\n" + task.agencyNameTh(), link(task));
    }

    /**
     * The task in Tasklist; for a review about to be created (no id yet), the contribution's review link, which
     * opens whatever review task of it is open when the agency clicks, so an old email never leads to a closed task.
     */
    private String link(TaskFacts task) {
        return task.taskId() != null ? addresses.taskLink(task.taskId())
                : addresses.publicUrl() + AgencyTaskMail.REVIEW_LINK + task.processInstanceId();
    }

    private Email email(EmailKind kind, String key, String cycleId, String processInstanceId, String taskId,
                        List<String> to, List<String> cc, String subject, Map<String, Object> model, String ics) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("subject", subject);
        MailTemplates.Bodies bodies = templates.render(kind, all);
        return new Email(key, kind, cycleId, processInstanceId, taskId, new ArrayList<>(to), cc, subject,
                bodies.text(), bodies.html(), ics);
    }

    private static String thai(Instant due) {
        return due == null ? Messages.get("mail.noDueDate") : ThaiDates.shortDate(bangkok(due));
    }

    private static String english(Instant due) {
        return due == null ? "-" : ENGLISH_DATE.format(bangkok(due));
    }

    static LocalDate bangkok(Instant instant) {
        return instant.atZone(ThaiDates.BANGKOK).toLocalDate();
    }

    /** {@code KIND:subject:yyyy-MM-dd}, the idempotency key of an email of {@code day}. */
    public static String key(EmailKind kind, String subject, LocalDate day) {
        return kind.name() + ":" + subject + ":" + day;
    }
}
