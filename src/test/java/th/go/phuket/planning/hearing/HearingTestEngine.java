package th.go.phuket.planning.hearing;

import java.sql.Connection;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxWriter;

/**
 * The public hearing's real services, delegates and listeners in the engine-only test engine, under their Spring
 * bean names (as the BPMN names them); the SQL runs on the test engine's database ({@code schema.sql} is created by {@link ProcessTestEngine}).
 */
public final class HearingTestEngine {

    /** The services a test drives directly (the public and the office, without HTTP). */
    public record Services(HearingDb db, HearingStore hearings, CommentStore comments, CommentIntake intake,
                           CommentReports reports, OfficeDesk desk, PublicHearingView view,
                           HearingRecordReader records) {
    }

    private HearingTestEngine() {
    }

    public static Services register(ProcessEngine engine) {
        return register(engine, HearingSettings.defaults());
    }

    public static Services register(ProcessEngine engine, HearingSettings settings) {
        HearingDb db = new HearingDb(() -> (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
        HearingStore hearings = new HearingStore(db);
        CommentStore comments = new CommentStore(db);
        CommentQueries queries = new CommentQueries(db);
        ClientKeys keys = new ClientKeys(db);
        CycleHearingDates dates = new CycleHearingDates(db, engine::getHistoryService);
        HearingWindow window = new HearingWindow(hearings, ProcessTestEngine.CATALOGUE);
        SummaryTaskCounts counts = new SummaryTaskCounts(db, comments);
        HearingMail mail = new HearingMail(new MailTemplates(), new OutboxWriter(new Outbox(), () -> { }),
                MailAddresses.defaults(), ProcessTestEngine.DIRECTORY, hearings, comments);
        ProcessTestEngine.register(new OpenCommentsDelegate(window), new SendCommentsOpenDelegate(mail),
                new CloseCommentsDelegate(window), new MoveClosingDelegate(window), new FinaliseHearingDelegate(window),
                new SendCommentAnsweredDelegate(mail), new StartPublicHearingDelegate(), new SetHearingDateDelegate(),
                new OfferProjectsForCommentDelegate(window),
                new CheckCommentsAnsweredListener(comments, MailAddresses.defaults()),
                new DescribeHearingListener(counts));
        CommentIntake intake = new CommentIntake(db, hearings, comments, keys,
                new CommentRules(Districts.of(ProcessTestEngine.DIRECTORY.all())), settings, dates);
        return new Services(db, hearings, comments, intake, new CommentReports(db, comments, keys, settings),
                new OfficeDesk(db, hearings, comments, counts),
                new PublicHearingView(db, hearings, queries, dates, settings),
                new HearingRecordReader(db, hearings, queries, comments, engine::getHistoryService));
    }

    /** Forgets every hearing (the engine-only tests share one in-memory database). */
    public static void clear(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"pc_hearing_event", "pc_hearing_report", "pc_hearing_answer",
                "pc_hearing_comment", "pc_hearing_client", "pc_hearing_item", "pc_hearing"}) {
                statement.execute("delete from " + table);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
