package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.mail.Email;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.OutboxWriter;
import th.go.phuket.planning.support.Messages;

/**
 * The hearing's emails, written to the outbox inside the process step that causes them: {@code COMMENTS_OPEN} to
 * every agency of the cycle with the public link, {@code COMMENT_ANSWERED} to a commenter who left an email with
 * consent. Each has a stable key, so a retried step writes nothing twice.
 */
@Component
public class HearingMail {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final MailTemplates templates;
    private final OutboxWriter outbox;
    private final MailAddresses addresses;
    private final AgencyDirectory directory;
    private final HearingStore hearings;
    private final CommentStore comments;

    public HearingMail(MailTemplates templates, OutboxWriter outbox, MailAddresses addresses,
                       AgencyDirectory directory, HearingStore hearings, CommentStore comments) {
        this.templates = templates;
        this.outbox = outbox;
        this.addresses = addresses;
        this.directory = directory;
        this.hearings = hearings;
        this.comments = comments;
    }

    /** {@code COMMENTS_OPEN}: one email per agency of the cycle, asking it to pass the public link on. */
    public void commentsOpen(String cycleId, String processInstanceId, String province, Collection<?> agencyIds) {
        Hearing hearing = hearings.find(cycleId).orElseThrow();
        String closesText = ThaiDates.shortDateTime(hearing.closesAt());
        String subject = Messages.get("mail.subject.COMMENTS_OPEN", closesText,
                ENGLISH.format(hearing.closesAt().atZone(ThaiDates.BANGKOK)));
        for (Object agencyId : agencyIds) {
            Agency agency = directory.require(agencyId.toString());
            Map<String, Object> model = base(hearing, province);
            model.put("greeting", agency.nameTh());
            model.put("closesText", closesText);
            model.put("closesEn", ENGLISH.format(hearing.closesAt().atZone(ThaiDates.BANGKOK)));
            model.put("hearingDateText", ThaiDates.fullDate(hearing.hearingDate()));
            write(EmailKind.COMMENTS_OPEN, EmailKind.COMMENTS_OPEN.name() + ":" + cycleId + "/" + agency.id(),
                    cycleId, processInstanceId, agency.email(), subject, model);
        }
    }

    /** {@code COMMENT_ANSWERED}: the answer to the commenter, when the comment has an email (given with consent). */
    public void commentAnswered(String commentId, String processInstanceId, String province) {
        StoredComment comment = comments.find(commentId).orElseThrow();
        Answer answer = comments.answer(commentId).orElseThrow();
        if (comment.email() == null) {
            return;
        }
        Hearing hearing = hearings.find(comment.cycleId()).orElseThrow();
        Map<String, Object> model = base(hearing, province);
        model.put("greeting", comment.displayName() == null ? Messages.get("mail.to.commenter")
                : comment.displayName());
        model.put("commentedText", ThaiDates.shortDateTime(comment.createdAt()));
        model.put("itemTitle", hearings.item(comment.cycleId(), comment.itemId()).map(HearingItem::title)
                .orElse(comment.itemId()));
        model.put("commentText", comment.text());
        model.put("answerStatus", answer.status().labelTh());
        model.put("answerStatusEn", answer.status().labelEn());
        model.put("answerText", answer.text());
        model.put("commentUrl", addresses.publicUrl() + HearingLinks.publicPage(comment.cycleId()) + "?item="
                + HearingLinks.segment(comment.itemId()) + "#c-" + commentId);
        model.put("recordUrl", addresses.publicUrl() + HearingLinks.recordPage(comment.cycleId()));
        write(EmailKind.COMMENT_ANSWERED, EmailKind.COMMENT_ANSWERED.name() + ":" + commentId, comment.cycleId(),
                processInstanceId, comment.email(), Messages.get("mail.subject.COMMENT_ANSWERED", province), model);
    }

    private Map<String, Object> base(Hearing hearing, String province) {
        Map<String, Object> model = new HashMap<>();
        model.put("cycleId", hearing.cycleId());
        model.put("cycleTitle", hearing.title());
        model.put("province", province == null ? "" : province);
        model.put("hearingUrl", addresses.publicUrl() + HearingLinks.publicPage(hearing.cycleId()));
        return model;
    }

    private void write(EmailKind kind, String key, String cycleId, String processInstanceId, String to,
                       String subject, Map<String, Object> model) {
        model.put("subject", subject);
        MailTemplates.Bodies bodies = templates.render(kind, model);
        outbox.write(new Email(key, kind, cycleId, processInstanceId, null, List.of(to), List.of(), subject,
                bodies.text(), bodies.html(), null));
    }
}
