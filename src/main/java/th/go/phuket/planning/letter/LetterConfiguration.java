package th.go.phuket.planning.letter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.plan.ActionPlanReader;

/** The register, the letters' writer and the four delegates, named as the cycle's diagram names them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterSettings.class)
public class LetterConfiguration {

    @Bean
    LetterComposer letterComposer(LetterSettings settings, AgencyDirectory directory,
            @Value("${planning.public-url:http://localhost:8080}") String publicUrl) {
        return new LetterComposer(settings, directory, publicUrl);
    }

    @Bean
    LetterDocx letterDocx(LetterSettings settings, ResourceLoader loader) {
        return new LetterDocx(Emblem.load(loader, settings.emblem()), settings.thaiDigits());
    }

    @Bean
    PlanFigures planFigures(ActionPlanReader reader) {
        return PlanFigures.from(reader);
    }

    @Bean
    LetterIssuer letterIssuer(LetterComposer composer, LetterDocx docx, PlanFigures figures, LetterSettings settings) {
        return new LetterIssuer(composer, docx, figures, settings.officeName());
    }

    @Bean
    LetterQueries letterQueries(JdbcTemplate jdbc) {
        return new LetterQueries(jdbc);
    }

    @Bean
    LetterAttachments letterAttachments(LetterQueries letters) {
        return new LetterAttachments(letters);
    }

    @Bean
    IssueProposalRequestDelegate issueProposalRequestDelegate(LetterIssuer issuer) {
        return new IssueProposalRequestDelegate(issuer);
    }

    @Bean
    IssueHearingInvitationDelegate issueHearingInvitationDelegate(LetterIssuer issuer) {
        return new IssueHearingInvitationDelegate(issuer);
    }

    @Bean
    IssueCommitteeMemoDelegate issueCommitteeMemoDelegate(LetterIssuer issuer) {
        return new IssueCommitteeMemoDelegate(issuer);
    }

    @Bean
    IssuePlanSubmissionDelegate issuePlanSubmissionDelegate(LetterIssuer issuer) {
        return new IssuePlanSubmissionDelegate(issuer);
    }
}
