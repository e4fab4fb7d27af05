package th.go.phuket.planning.reminder;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxWriter;

/**
 * Tells an agency its review task is on its way: {@code TASK_ASSIGNED} when the contribution starts, {@code RETURNED}
 * (with the office's note) each time screening sends the proposal back. Written by the send task right before
 * {@code Task_AgencyReview}, in the transaction that creates the task; the task has no id yet, so the email links to
 * the contribution's open review ({@code /agency-review/{contribution}}, which redirects to the task in Tasklist).
 */
@Component
public class AgencyTaskMail {

    /** The link of a contribution's review in its emails: this and the contribution's process instance id. */
    public static final String REVIEW_LINK = "/agency-review/";

    private final NoticeComposer composer;
    private final OutboxWriter outbox;
    private final AgencyDirectory directory;

    public AgencyTaskMail(NoticeComposer composer, OutboxWriter outbox, AgencyDirectory directory) {
        this.composer = composer;
        this.outbox = outbox;
        this.directory = directory;
    }

    /** {@code TASK_ASSIGNED}: one per contribution. */
    public void assigned(DelegateExecution contribution) {
        write(contribution, EmailKind.TASK_ASSIGNED, contribution.getProcessInstanceId(), null);
    }

    /** {@code RETURNED}: one per return, with the note the office wrote. */
    public void returned(DelegateExecution contribution) {
        String round = contribution.getProcessInstanceId() + "/"
                + contribution.getVariable(ContributionProcess.VAR_RETURN_COUNT);
        write(contribution, EmailKind.RETURNED, round,
                (String) contribution.getVariable(ContributionProcess.VAR_SCREENING_NOTE));
    }

    private void write(DelegateExecution contribution, EmailKind kind, String subject, String note) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        TaskFacts review = TaskFacts.ofReviewToCome(contribution, directory, now);
        String key = NoticeComposer.key(kind, subject, NoticeComposer.bangkok(now));
        outbox.write(composer.agencyEmail(kind, key, List.of(review), now, note));
    }
}
