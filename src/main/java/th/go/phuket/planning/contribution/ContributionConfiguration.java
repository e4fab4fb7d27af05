package th.go.phuket.planning.contribution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.proposal.ProposalScreening;

/** The contribution's listeners, named as the BPMN's delegate expressions name them. */
@Configuration(proxyBeanMethods = false)
class ContributionConfiguration {

    @Bean
    DescribeAgencyListener describeAgencyListener(AgencyDirectory directory) {
        return new DescribeAgencyListener(directory);
    }

    @Bean
    CountReturnListener countReturnListener() {
        return new CountReturnListener();
    }

    @Bean
    ProjectSlotsListener projectSlotsListener() {
        return new ProjectSlotsListener();
    }

    @Bean
    SuggestPlacementsListener suggestPlacementsListener(ProposalScreening screening) {
        return new SuggestPlacementsListener(screening);
    }
}
