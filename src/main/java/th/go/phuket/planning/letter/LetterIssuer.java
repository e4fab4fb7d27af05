package th.go.phuket.planning.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * Issues a letter of a cycle inside the engine command of the step that causes it: takes the next number of its
 * series, writes its texts and its DOCX, and records it, all on the engine's connection, so the letter exists if
 * and only if the step committed. The same step met again (a job retried after its commit failed elsewhere, an
 * instance moved back in Cockpit) finds its letter and issues nothing new: a letter is never renumbered.
 */
@Component
public class LetterIssuer {

    private final LetterComposer composer;
    private final LetterDocx docx;
    private final PlanFigures figures;
    private final String author;

    /** The letters are written in the name of the office ({@code planning.letters.office-name}). */
    @Autowired
    public LetterIssuer(LetterComposer composer, LetterDocx docx, PlanFigures figures, LetterSettings settings) {
        this(composer, docx, figures, settings.officeName());
    }

    public LetterIssuer(LetterComposer composer, LetterDocx docx, PlanFigures figures, String author) {
        this.composer = composer;
        this.docx = docx;
        this.figures = figures;
        this.author = author;
    }

    /** Issues {@code kind} for the cycle of {@code facts} today (engine clock, Bangkok). */
    public Letter issue(LetterKind kind, LetterFacts facts) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        try {
            return issue(connection(), kind, facts, ThaiDates.bangkokDate(now), now);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("23") || state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
                // another transaction recorded the same step or held the register too long: run the step again
                throw new OptimisticLockingException("Letter " + kind + " of " + facts.cycleId() + ": " + e.getMessage());
            }
            throw new ProcessEngineException("Cannot issue letter " + kind + " of " + facts.cycleId(), e);
        }
    }

    Letter issue(Connection connection, LetterKind kind, LetterFacts facts, LocalDate today, Instant now)
            throws SQLException {
        List<Letter> earlier = LetterRows.ofCycle(connection, facts.cycleId());
        int memoRound = 1 + (int) earlier.stream().filter(letter -> letter.kind() == LetterKind.COMMITTEE_MEMO).count();
        String occasion = facts.cycleId() + "/" + kind + (kind == LetterKind.COMMITTEE_MEMO ? "/" + memoRound : "");
        var existing = LetterRows.byOccasion(connection, occasion);
        if (existing.isPresent()) {
            return existing.get();
        }
        int beYear = ThaiDates.buddhistYear(today);
        int sequence = LetterRegister.next(connection, kind.series(), beYear);
        String number = composer.numerals().of(kind.series().number(composer.registerPrefix(), Integer.toString(sequence)));
        var context = new LetterComposer.Context(earlier.stream()
                .filter(letter -> letter.kind() == LetterKind.PROPOSAL_REQUEST).findFirst(), memoRound,
                kind.layout() == LetterKind.Layout.MEMO || kind == LetterKind.PLAN_SUBMISSION
                        ? figures.of(facts.cycleId()) : java.util.Optional.empty());
        LetterComposer.Draft draft = composer.compose(kind, facts, number, today, context);
        byte[] document = docx.write(draft.content(), author);
        Letter letter = new Letter(Letter.idOf(beYear, kind.series(), sequence), kind, facts.cycleId(), kind.series(),
                beYear, sequence, number, today, draft.subject(), draft.to(), draft.agencyIds(), draft.content(),
                sha256(document), facts.processInstanceId(), now);
        LetterRows.insert(connection, letter, occasion, document);
        return letter;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("A letter is issued inside an engine command only");
        }
        return command.getDbSqlSession().getSqlSession().getConnection();
    }
}
