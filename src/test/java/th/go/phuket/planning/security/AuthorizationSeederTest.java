package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.phuket.planning.EngineCleanup;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.contribution.ContributionProcess;

/** Engine only: every right of {@link PlanningRights} once, an incomplete grant extended, nothing twice. */
class AuthorizationSeederTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();

    private static final List<String> AGENCIES = List.of("pkt_public_health", "dist_kathu", "lao_ppao");

    ProcessEngine engine;

    @AfterEach
    void cleanUp() {
        EngineCleanup.removeIdentitiesFiltersAndAuthorizations(engine);
    }

    @Test
    void aFirstRunCreatesEveryRightAndASecondRunNothing() {
        int expected = PlanningRights.all(AGENCIES).size();

        assertThat(new AuthorizationSeeder(() -> AGENCIES).seed(engine)).isEqualTo(expected);
        assertThat(new AuthorizationSeeder(() -> AGENCIES).seed(engine)).isZero();

        for (Right right : PlanningRights.all(AGENCIES)) {
            var query = rights().createAuthorizationQuery().resourceType(right.resource())
                    .resourceId(right.resourceId());
            var found = right.global() ? query.authorizationType(Authorization.AUTH_TYPE_GLOBAL).list()
                    : query.authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(right.groupId()).list();
            assertThat(found).as("%s", right).hasSize(1);
            assertThat(right.permissions()).allMatch(found.get(0)::isPermissionGranted);
        }
    }

    @Test
    void aGrantMissingAPermissionIsExtendedAndANewAgencyGetsItsOwn() {
        new AuthorizationSeeder(() -> AGENCIES.subList(0, 2)).seed(engine);
        Authorization kathu = contributionGrantOf("dist_kathu");
        kathu.removePermission(ProcessDefinitionPermissions.READ);
        rights().saveAuthorization(kathu);

        int changed = new AuthorizationSeeder(() -> AGENCIES).seed(engine);

        assertThat(changed).as("dist_kathu extended, lao_ppao created").isEqualTo(2);
        assertThat(contributionGrantOf("dist_kathu").isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(contributionGrantOf("lao_ppao").isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(rights().createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ContributionProcess.KEY).groupIdIn(AGENCIES.toArray(String[]::new)).count())
                .isEqualTo(AGENCIES.size());
    }

    private Authorization contributionGrantOf(String groupId) {
        return rights().createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ContributionProcess.KEY).groupIdIn(groupId).singleResult();
    }

    private AuthorizationService rights() {
        return engine.getAuthorizationService();
    }
}
