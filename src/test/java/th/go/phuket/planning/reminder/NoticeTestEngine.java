package th.go.phuket.planning.reminder;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.mail.DeliveryQueue;
import th.go.phuket.planning.mail.DeliverySettings;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.MailTransport;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxDelivery;
import th.go.phuket.planning.mail.OutboxWriter;
import th.go.phuket.planning.mail.TestMailServer;

/**
 * Wires the real notice listeners and delegates and the outbox into the engine-only test engine, under their Spring
 * bean names ({@link ProcessTestEngine#register}). Every cycle starts a {@code deadlineWatch}, so a test that runs
 * the cycle deploys {@link DeadlineWatchProcess#RESOURCE} too. Emails are written to the outbox as in the app;
 * {@link #deliverMail} sends the ones due, really, to {@link TestMailServer}, as the app's delivery threads would.
 */
public final class NoticeTestEngine {

    private NoticeTestEngine() {
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory, WorkingDayCalendar calendar) {
        register(engine, directory, calendar, ReminderSettings.defaults());
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory, WorkingDayCalendar calendar,
                                ReminderSettings settings) {
        MailAddresses addresses = MailAddresses.defaults();
        Outbox outbox = new Outbox();
        OutboxWriter writer = new OutboxWriter(outbox, () -> { });
        DueNoticeSchedule schedule = new DueNoticeSchedule(calendar, settings, new EngineClock());
        NoticeComposer composer = new NoticeComposer(new MailTemplates(), addresses, schedule);
        DueNoticeDigest digest = new DueNoticeDigest(schedule, composer, writer, outbox, directory);
        CycleMail cycleMail = new CycleMail(composer, writer, directory, calendar);
        AgencyTaskMail agencyTaskMail = new AgencyTaskMail(composer, writer, directory);

        ProcessTestEngine.register(schedule,
                new NotifyAgencyAssignedDelegate(agencyTaskMail),
                new NotifyAgencyReturnedDelegate(agencyTaskMail),
                new SendReminderDelegate(digest),
                new SendOverdueNoticeDelegate(digest),
                new SendHearingInvitationsDelegate(cycleMail),
                new SendDeadlineWarningDelegate(cycleMail),
                new AnnouncePlanSubmittedDelegate(cycleMail),
                new MarkCycleOverdueDelegate(),
                new StartDeadlineWatchDelegate(),
                new StopDeadlineWatchDelegate());
    }

    /** Sends every email of the outbox that is due now (engine clock), as a delivery thread of the app would. */
    public static int deliverMail(ProcessEngine engine) {
        return delivery(engine).deliverDue();
    }

    /** The app's delivery of the outbox, on the test engine's database, sending to {@link TestMailServer}. */
    public static OutboxDelivery delivery(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new OutboxDelivery(new DeliveryQueue(new JdbcTemplate(configuration.getDataSource())),
                new MailTransport(TestMailServer::sender, MailAddresses.defaults()), DeliverySettings.defaults(),
                Clock.systemUTC(), "process-test");
    }

    /** Empties the outbox (the in-memory engine and database are shared by the test classes of a run). */
    public static void clearOutbox(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("delete from pc_outbox_notice");
            statement.execute("delete from pc_outbox");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
