package th.go.phuket.planning.reminder;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxWriter;

/**
 * Tells an agency about a new review task: {@code TASK_ASSIGNED} the first time, {@code RETURNED} (with the
 * office's note) when the task comes back after screening. Written in the transaction that creates the task.
 */
@Component
public class AgencyTaskMail {

    private final NoticeComposer composer;
    private final OutboxWriter outbox;
    private final AgencyDirectory directory;

    public AgencyTaskMail(NoticeComposer composer, OutboxWriter outbox, AgencyDirectory directory) {
        this.composer = composer;
        this.outbox = outbox;
        this.directory = directory;
    }

    public void taskCreated(DelegateTask task) {
        TaskFacts facts = TaskFacts.of(task, directory);
        Object returns = task.getVariable(ContributionProcess.VAR_RETURN_COUNT);
        boolean returned = returns instanceof Number count && count.intValue() > 0;
        EmailKind kind = returned ? EmailKind.RETURNED : EmailKind.TASK_ASSIGNED;
        String note = returned ? (String) task.getVariable(ContributionProcess.VAR_SCREENING_NOTE) : null;
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String key = NoticeComposer.key(kind, task.getId(), NoticeComposer.bangkok(now));
        outbox.write(composer.agencyEmail(kind, key, List.of(facts), now, note));
    }
}
