package th.go.phuket.planning.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.Outbox;
import th.go.phuket.planning.mail.OutboxWriter;

/** Due notices and cycle emails, named as the BPMN's expressions name them. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    ReminderSettings reminderSettings(
            @Value("${planning.reminders.days-before:" + ReminderSettings.DEFAULT_DAYS_BEFORE + "}") String daysBefore,
            @Value("${planning.reminders.send-at:" + ReminderSettings.DEFAULT_SEND_AT + "}") String sendAt,
            @Value("${planning.reminders.at-risk-working-days:" + ReminderSettings.DEFAULT_AT_RISK_WORKING_DAYS + "}")
            int atRiskWorkingDays) {
        return ReminderSettings.parse(daysBefore, sendAt, atRiskWorkingDays);
    }

    @Bean
    DueNoticeSchedule dueNoticeSchedule(WorkingDayCalendar calendar, ReminderSettings settings) {
        return new DueNoticeSchedule(calendar, settings, new EngineClock());
    }

    @Bean
    NoticeComposer noticeComposer(MailTemplates templates, MailAddresses addresses, DueNoticeSchedule schedule) {
        return new NoticeComposer(templates, addresses, schedule);
    }

    @Bean
    AgencyEmailCheck agencyEmailCheck(NoticeComposer composer, AgencyDirectory directory) {
        return new AgencyEmailCheck(composer, directory);
    }

    @Bean
    AgencyTaskMail agencyTaskMail(NoticeComposer composer, OutboxWriter writer, AgencyDirectory directory) {
        return new AgencyTaskMail(composer, writer, directory);
    }

    @Bean
    DueNoticeDigest dueNoticeDigest(DueNoticeSchedule schedule, NoticeComposer composer, OutboxWriter writer,
                                    Outbox outbox, AgencyDirectory directory) {
        return new DueNoticeDigest(schedule, composer, writer, outbox, directory);
    }

    @Bean
    CycleMail cycleMail(NoticeComposer composer, OutboxWriter writer, AgencyDirectory directory,
                        WorkingDayCalendar calendar) {
        return new CycleMail(composer, writer, directory, calendar);
    }

    @Bean
    NotifyAgencyTaskListener notifyAgencyTaskListener(AgencyTaskMail mail) {
        return new NotifyAgencyTaskListener(mail);
    }

    @Bean
    SendReminderDelegate sendReminderDelegate(DueNoticeDigest digest) {
        return new SendReminderDelegate(digest);
    }

    @Bean
    SendOverdueNoticeDelegate sendOverdueNoticeDelegate(DueNoticeDigest digest) {
        return new SendOverdueNoticeDelegate(digest);
    }

    @Bean
    SendHearingInvitationsDelegate sendHearingInvitationsDelegate(CycleMail mail) {
        return new SendHearingInvitationsDelegate(mail);
    }

    @Bean
    SendDeadlineWarningDelegate sendDeadlineWarningDelegate(CycleMail mail) {
        return new SendDeadlineWarningDelegate(mail);
    }

    @Bean
    AnnouncePlanSubmittedDelegate announcePlanSubmittedDelegate(CycleMail mail) {
        return new AnnouncePlanSubmittedDelegate(mail);
    }

    @Bean
    StartDeadlineWatchDelegate startDeadlineWatchDelegate() {
        return new StartDeadlineWatchDelegate();
    }

    @Bean
    StopDeadlineWatchDelegate stopDeadlineWatchDelegate() {
        return new StopDeadlineWatchDelegate();
    }

    @Bean
    MarkCycleOverdueDelegate markCycleOverdueDelegate() {
        return new MarkCycleOverdueDelegate();
    }
}
