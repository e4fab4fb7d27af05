package th.go.phuket.planning.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.mail.Email;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.support.Messages;

/**
 * Renders one sample of each agency email at start-up, before the app takes requests; nothing is written or sent.
 * A template that cannot be rendered stops the start with its name, instead of failing the first real email inside
 * an officer's task completion; and the template engine's one-time set-up (class loading, the HTML escape tables:
 * about 60 % of the rendering time of the first draft completion, measured in the bare-app benchmark) is paid here.
 * The samples are rendered on a thread of their own from the moment this bean exists, beside the rest of the start
 * (a second core), and awaited once every bean is ready: the start still stops on a failing template, and no longer
 * waits the whole rendering time for it.
 */
@Component
public class AgencyEmailCheck implements SmartInitializingSingleton {

    static final List<EmailKind> KINDS =
            List.of(EmailKind.TASK_ASSIGNED, EmailKind.RETURNED, EmailKind.REMINDER, EmailKind.OVERDUE);

    private final NoticeComposer composer;
    private final AgencyDirectory directory;
    private final CompletableFuture<List<Email>> samples;

    public AgencyEmailCheck(NoticeComposer composer, AgencyDirectory directory) {
        this.composer = composer;
        this.directory = directory;
        this.samples = CompletableFuture.supplyAsync(this::check, work -> {
            Thread thread = new Thread(work, "agency-email-check");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the samples started with this bean; a failing template stops the start, naming its kind. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            samples.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** The sample emails, one per kind; throws naming the kind whose template fails. */
    public List<Email> check() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        TaskFacts sample = sample(directory.all().get(0), now);
        return KINDS.stream().map(kind -> {
            try {
                return composer.agencyEmail(kind, "start-up-check:" + kind, List.of(sample), now,
                        kind == EmailKind.RETURNED ? Messages.get("mail.check.note") : null);
            } catch (RuntimeException e) {
                throw new IllegalStateException(Messages.get("mail.check.failed", kind, e.getMessage()), e);
            }
        }).toList();
    }

    private static TaskFacts sample(Agency agency, Instant now) {
        return new TaskFacts("start-up-check", Messages.get("mail.check.taskName"), "start-up-check", "start-up-check",
                Messages.get("mail.check.cycleTitle"), Messages.get("mail.check.province"), agency.id(),
                agency.nameTh(), agency.nameEn(), agency.recipients(), now.plus(Duration.ofDays(7)), now);
    }
}
