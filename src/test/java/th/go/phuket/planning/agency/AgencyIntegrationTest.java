package th.go.phuket.planning.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import th.go.phuket.planning.agency.web.AgencyController.AgencyResponse;
import th.go.phuket.planning.security.TasklistFilterSeeder;

/** The whole application: the engine seeds groups, demo users and filters while it starts; the API serves them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentitySeeder identitySeeder;
    @Autowired
    TasklistFilterSeeder filterSeeder;

    @Test
    void startingTheAppSeedsEverythingAndSeedingAgainChangesNothing() {
        var identity = engine.getIdentityService();
        assertThat(identity.createGroupQuery().groupType(IdentitySeeder.GROUP_TYPE_AGENCY).count()).isEqualTo(67);
        assertThat(identity.createGroupQuery().groupId(GroupIds.STRATEGY_OFFICE).count()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup("pkt_public_health").singleResult().getId())
                .isEqualTo("pkt_public_health");
        assertThat(identity.checkPassword("strategy", IdentitySeeder.DEMO_PASSWORD)).isTrue();
        assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(5);

        assertThat(identitySeeder.seed(engine)).isZero();
        assertThat(filterSeeder.seed(engine)).isZero();
    }

    @Test
    void agencyApiAnswersWithTheDirectory() {
        // /api/** needs a user of the engine (security/); the directory is open to every user, agencies included
        var agencyUser = http.withBasicAuth("pkt_public_health", IdentitySeeder.DEMO_PASSWORD);
        ResponseEntity<AgencyResponse[]> all = agencyUser.getForEntity("/api/agencies", AgencyResponse[].class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).hasSize(67);

        ResponseEntity<String> unknown = agencyUser.getForEntity("/api/agencies/pkt_nowhere", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("ไม่พบหน่วยงานรหัส 'pkt_nowhere'");
    }
}
