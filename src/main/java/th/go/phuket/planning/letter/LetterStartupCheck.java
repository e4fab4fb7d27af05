package th.go.phuket.planning.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Fills the wording of one sample of each letter at start-up, before the app takes requests; nothing is numbered or
 * stored. A wording that cannot be filled stops the start naming the letter, instead of failing inside an officer's
 * task completion. Once the app is ready, a background thread writes the samples as DOCX: the DOCX library's one-time
 * set-up (loading the Office Open XML schema classes, 1–7 s on a 2-core machine) is then paid beside the first
 * requests, not before the app answers, and mostly not inside the first draft completion either.
 */
@Component
public class LetterStartupCheck implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LetterStartupCheck.class);

    private final LetterComposer composer;
    private final LetterDocx docx;
    private final AgencyDirectory directory;
    /** The samples filled at start-up, until the warm-up takes them to write. */
    private volatile List<LetterComposer.Draft> samples;

    public LetterStartupCheck(LetterComposer composer, LetterDocx docx, AgencyDirectory directory) {
        this.composer = composer;
        this.docx = docx;
        this.directory = directory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        samples = compose();
        LOG.info("Letters: the wording of each of the {} kinds filled in {} ms", samples.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<LetterComposer.Draft> drafts = samples;
        samples = null;
        if (drafts == null) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            long started = System.nanoTime();
            try {
                int bytes = write(drafts).stream().mapToInt(document -> document.length).sum();
                LOG.info("Letters: a sample of each of the {} kinds written as DOCX ({} KB) in {} ms",
                        LetterKind.values().length, bytes / 1024, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("Letters: a sample could not be written as DOCX; issuing that letter will fail", e);
            }
        }, "letter-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** The sample documents, one per kind; throws naming the kind whose texts or document fail. */
    public List<byte[]> check() {
        return write(compose());
    }

    /** The drafts of {@link #compose()}, one per kind in the kinds' order, as DOCX. */
    private List<byte[]> write(List<LetterComposer.Draft> drafts) {
        List<byte[]> documents = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                documents.add(docx.write(drafts.get(i).content(), "start-up-check"));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Letter " + LetterKind.values()[i] + " cannot be written as DOCX: "
                        + e.getMessage(), e);
            }
        }
        return documents;
    }

    /** One sample draft per kind; throws naming the kind whose wording cannot be filled. */
    List<LetterComposer.Draft> compose() {
        LocalDate day = LocalDate.of(2018, 8, 20);
        List<String> agencies = directory.all().stream().limit(3).map(Agency::id).toList();
        LetterFacts facts = new LetterFacts("start-up-check", null, "ภูเก็ต", "2561-2564", 2563, day.plusDays(11),
                day.plusDays(24), "start-up-check", null, day.plusDays(32), day.plusDays(41), agencies, "start-up-check",
                "start-up-check", 0, "start-up-check", "start-up-check");
        return List.of(LetterKind.values()).stream().map(kind -> {
            try {
                String number = composer.numerals().of(kind.series().number(composer.registerPrefix(), "1"));
                return composer.compose(kind, facts, number, day,
                        new LetterComposer.Context(Optional.empty(), 2, Optional.empty()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Letter " + kind + " cannot be written (letters/wording.properties, "
                        + "planning.letters.*): " + e.getMessage(), e);
            }
        }).toList();
    }
}
