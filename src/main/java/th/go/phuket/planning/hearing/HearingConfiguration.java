package th.go.phuket.planning.hearing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;
import th.go.phuket.planning.mail.OutboxWriter;
import th.go.phuket.planning.proposal.FrameworkCatalogue;

/** The public hearing's services and the delegates its BPMN names. */
@Configuration(proxyBeanMethods = false)
public class HearingConfiguration {

    @Bean
    HearingSettings hearingSettings(
            @Value("${planning.hearing.rate-limit:" + RateLimit.DEFAULT + "}") String rateLimit,
            @Value("${planning.hearing.trusted-proxies:}") String trustedProxies,
            @Value("${planning.hearing.hide-after-reports:" + HearingSettings.DEFAULT_HIDE_AFTER_REPORTS + "}")
            int hideAfterReports,
            @Value("${planning.hearing.page-size:" + HearingSettings.DEFAULT_PAGE_SIZE + "}") int pageSize) {
        return new HearingSettings(RateLimit.parse(rateLimit), TrustedProxies.parse(trustedProxies),
                hideAfterReports, pageSize);
    }

    @Bean
    HearingDb hearingDb(ObjectProvider<ProcessEngine> engine) {
        return new HearingDb(() -> (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration());
    }

    @Bean
    HearingStore hearingStore(HearingDb db) {
        return new HearingStore(db);
    }

    @Bean
    CommentStore commentStore(HearingDb db) {
        return new CommentStore(db);
    }

    @Bean
    CommentQueries commentQueries(HearingDb db) {
        return new CommentQueries(db);
    }

    @Bean
    ClientKeys clientKeys(HearingDb db) {
        return new ClientKeys(db);
    }

    @Bean
    Districts hearingDistricts(AgencyDirectory directory) {
        return Districts.of(directory.all());
    }

    @Bean
    CycleHearingDates cycleHearingDates(HearingDb db, ObjectProvider<ProcessEngine> engine) {
        return new CycleHearingDates(db, () -> engine.getObject().getHistoryService());
    }

    @Bean
    CommentIntake commentIntake(HearingDb db, HearingStore hearings, CommentStore comments, ClientKeys keys,
                                Districts districts, HearingSettings settings, CycleHearingDates dates) {
        return new CommentIntake(db, hearings, comments, keys, new CommentRules(districts), settings, dates);
    }

    @Bean
    CommentReports commentReports(HearingDb db, CommentStore comments, ClientKeys keys, HearingSettings settings) {
        return new CommentReports(db, comments, keys, settings);
    }

    @Bean
    SummaryTaskCounts summaryTaskCounts(HearingDb db, CommentStore comments) {
        return new SummaryTaskCounts(db, comments);
    }

    @Bean
    OfficeDesk officeDesk(HearingDb db, HearingStore hearings, CommentStore comments, SummaryTaskCounts counts) {
        return new OfficeDesk(db, hearings, comments, counts);
    }

    @Bean
    PublicHearingView publicHearingView(HearingDb db, HearingStore hearings, CommentQueries queries,
                                        CycleHearingDates dates, HearingSettings settings) {
        return new PublicHearingView(db, hearings, queries, dates, settings);
    }

    @Bean
    OfficeView officeView(HearingDb db, HearingStore hearings, CommentStore comments, CommentQueries queries) {
        return new OfficeView(db, hearings, comments, queries);
    }

    @Bean
    HearingRecordReader hearingRecordReader(HearingDb db, HearingStore hearings, CommentQueries queries,
                                            CommentStore comments, ObjectProvider<ProcessEngine> engine) {
        return new HearingRecordReader(db, hearings, queries, comments, () -> engine.getObject().getHistoryService());
    }

    @Bean
    HearingRecordWorkbook hearingRecordWorkbook() {
        return new HearingRecordWorkbook();
    }

    @Bean
    HearingWindow hearingWindow(HearingStore hearings, FrameworkCatalogue catalogue) {
        return new HearingWindow(hearings, catalogue);
    }

    @Bean
    OpenCommentsDelegate openCommentsDelegate(HearingWindow window) {
        return new OpenCommentsDelegate(window);
    }

    @Bean
    MoveClosingDelegate moveClosingDelegate(HearingWindow window) {
        return new MoveClosingDelegate(window);
    }

    @Bean
    CloseCommentsDelegate closeCommentsDelegate(HearingWindow window) {
        return new CloseCommentsDelegate(window);
    }

    @Bean
    HearingMail hearingMail(MailTemplates templates, OutboxWriter outbox, MailAddresses addresses,
                            AgencyDirectory directory, HearingStore hearings, CommentStore comments) {
        return new HearingMail(templates, outbox, addresses, directory, hearings, comments);
    }

    @Bean
    SendCommentsOpenDelegate sendCommentsOpenDelegate(HearingMail mail) {
        return new SendCommentsOpenDelegate(mail);
    }

    @Bean
    SendCommentAnsweredDelegate sendCommentAnsweredDelegate(HearingMail mail) {
        return new SendCommentAnsweredDelegate(mail);
    }

    @Bean
    StartPublicHearingDelegate startPublicHearingDelegate() {
        return new StartPublicHearingDelegate();
    }

    @Bean
    SetHearingDateDelegate setHearingDateDelegate() {
        return new SetHearingDateDelegate();
    }

    @Bean
    OfferProjectsForCommentDelegate offerProjectsForCommentDelegate(HearingWindow window) {
        return new OfferProjectsForCommentDelegate(window);
    }

    @Bean
    CheckCommentsAnsweredListener checkCommentsAnsweredListener(CommentStore comments, MailAddresses addresses) {
        return new CheckCommentsAnsweredListener(comments, path -> addresses.publicUrl() + path);
    }

    @Bean
    DescribeHearingListener describeHearingListener(SummaryTaskCounts counts) {
        return new DescribeHearingListener(counts);
    }

    @Bean
    FinaliseHearingDelegate finaliseHearingDelegate(HearingWindow window) {
        return new FinaliseHearingDelegate(window);
    }
}
