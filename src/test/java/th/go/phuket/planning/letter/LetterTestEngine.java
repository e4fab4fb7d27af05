package th.go.phuket.planning.letter;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.plan.ActionPlanReader;

/**
 * Wires the real letter delegates into the engine-only test engine by the names the cycle's diagram uses: the
 * letters are really numbered, written and recorded in the test engine's database (2018 Phuket settings, no emblem).
 */
public final class LetterTestEngine {

    public static final String PUBLIC_URL = "http://localhost:8080";

    private LetterTestEngine() {
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory) {
        register(engine, directory, LetterSettings.defaults());
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory, LetterSettings settings) {
        LetterIssuer issuer = new LetterIssuer(new LetterComposer(settings, directory, PUBLIC_URL),
                new LetterDocx(Optional.empty(), settings.thaiDigits()),
                new ActionPlanFigures(new ActionPlanReader(engine.getHistoryService())), settings.officeName());
        ProcessTestEngine.register(new IssueProposalRequestDelegate(issuer), new IssueHearingInvitationDelegate(issuer),
                new IssueCommitteeMemoDelegate(issuer), new IssuePlanSubmissionDelegate(issuer));
    }

    /** Empties the register and the letters (the in-memory database is shared by the test classes of a run). */
    public static void forgetLetters(Statement statement) throws SQLException {
        statement.execute("delete from pc_letter_addressee");
        statement.execute("delete from pc_letter");
        statement.execute("delete from pc_letter_register");
    }
}
