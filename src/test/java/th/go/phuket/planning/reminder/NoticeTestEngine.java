package th.go.phuket.planning.reminder;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.mail.DeliveryFailures;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailDeliveryProcess;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.MailTransport;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxDelivery;
import th.go.phuket.planning.mail.OutboxWriter;
import th.go.phuket.planning.mail.SendEmailDelegate;
import th.go.phuket.planning.mail.TestMailServer;

/**
 * Wires the real notice listeners and delegates, the outbox and its delivery into the engine-only test engine, under
 * their Spring bean names ({@link ProcessTestEngine#register}). Mail is really sent, to {@link TestMailServer}. Every outbox row starts a
 * {@code mailDelivery} instance and every cycle a {@code deadlineWatch}, so a test that runs the cycle or a
 * contribution deploys {@link MailDeliveryProcess#RESOURCE} (and for the cycle {@link DeadlineWatchProcess#RESOURCE})
 * too.
 */
public final class NoticeTestEngine {

    private NoticeTestEngine() {
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory, WorkingDayCalendar calendar) {
        register(engine, directory, calendar, ReminderSettings.defaults());
    }

    public static void register(ProcessEngine engine, AgencyDirectory directory, WorkingDayCalendar calendar,
                                ReminderSettings settings) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        MailAddresses addresses = MailAddresses.defaults();
        Outbox outbox = new Outbox();
        OutboxWriter writer = new OutboxWriter(outbox);
        DueNoticeSchedule schedule = new DueNoticeSchedule(calendar, settings, new EngineClock());
        NoticeComposer composer = new NoticeComposer(new MailTemplates(), addresses, schedule);
        DueNoticeDigest digest = new DueNoticeDigest(schedule, composer, writer, outbox, directory);
        CycleMail cycleMail = new CycleMail(composer, writer, directory, calendar);
        AgencyTaskMail agencyTaskMail = new AgencyTaskMail(composer, writer, directory);
        OutboxDelivery delivery = new OutboxDelivery(outbox, new MailTransport(TestMailServer::sender, addresses));
        configuration.setFailedJobCommandFactory(new DeliveryFailures(outbox));

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
                new StopDeadlineWatchDelegate(),
                new SendEmailDelegate(delivery));
    }

    /**
     * Empties the outbox and drops pending deliveries (the in-memory engine and database are shared by the test
     * classes of a run).
     */
    public static void clearOutbox(ProcessEngine engine) {
        List<String> deliveries = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.KEY).list().stream().map(ProcessInstance::getId).toList();
        if (!deliveries.isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(deliveries, "test cleanup", true, true);
        }
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
