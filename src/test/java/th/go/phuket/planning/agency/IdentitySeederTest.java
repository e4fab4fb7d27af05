package th.go.phuket.planning.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import th.go.phuket.planning.EngineCleanup;
import th.go.phuket.planning.ProcessTestEngine;

/** Engine only (camunda-test.cfg.xml): the seeder against a real in-memory engine, run twice. */
class IdentitySeederTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngine.extension();


    private static final int AGENCIES = 67;
    private static final int OFFICE_GROUPS = 4;
    private static final int OFFICE_USERS = 4;

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.fromClasspath();

    ProcessEngine engine;

    @AfterEach
    void cleanUp() {
        EngineCleanup.removeIdentitiesFiltersAndAuthorizations(engine);
    }

    @Test
    void secondRunCreatesNothingAndDuplicatesNothing() {
        IdentitySeeder seeder = new IdentitySeeder(DIRECTORY, true);
        int adminGrants = Resources.values().length;
        int firstRun = seeder.seed(engine);
        Counts afterFirst = Counts.of(engine);

        int secondRun = new IdentitySeeder(DIRECTORY, true).seed(engine);

        assertThat(firstRun).isEqualTo((OFFICE_GROUPS + AGENCIES) + 2 * (OFFICE_USERS + AGENCIES) + adminGrants);
        assertThat(afterFirst).isEqualTo(new Counts(OFFICE_GROUPS + AGENCIES, OFFICE_USERS + AGENCIES,
                OFFICE_USERS + AGENCIES, adminGrants));
        assertThat(secondRun).isZero();
        assertThat(Counts.of(engine)).isEqualTo(afterFirst);
    }

    @Test
    void officeGroupsAreWorkflowGroupsAndEveryAgencyHasItsOwnGroup() {
        new IdentitySeeder(DIRECTORY, true).seed(engine);
        IdentityService identity = engine.getIdentityService();

        Group office = identity.createGroupQuery().groupId(GroupIds.STRATEGY_OFFICE).singleResult();
        assertThat(office.getType()).isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
        assertThat(office.getName()).isEqualTo("กลุ่มงานยุทธศาสตร์ฯ / Strategy office");
        assertThat(identity.createGroupQuery().groupId(GroupIds.ADMIN).singleResult().getType())
                .isEqualTo(Groups.GROUP_TYPE_SYSTEM);
        assertThat(identity.createGroupQuery().groupId(GroupIds.MANAGERS).count()).isOne();
        assertThat(identity.createGroupQuery().groupId(GroupIds.COMMITTEE).count()).isOne();

        assertThat(identity.createGroupQuery().groupType(IdentitySeeder.GROUP_TYPE_AGENCY).list())
                .extracting(Group::getId).containsExactlyInAnyOrderElementsOf(DIRECTORY.ids());
        assertThat(identity.createGroupQuery().groupId("pkt_public_health").singleResult().getName())
                .isEqualTo("สำนักงานสาธารณสุขจังหวัดภูเก็ต");
    }

    @Test
    void demoUsersLogInWithDemoAndBelongToTheirGroup() {
        new IdentitySeeder(DIRECTORY, true).seed(engine);
        IdentityService identity = engine.getIdentityService();

        assertMemberOnlyOf("admin", GroupIds.ADMIN);
        assertMemberOnlyOf("strategy", GroupIds.STRATEGY_OFFICE);
        assertMemberOnlyOf("manager", GroupIds.MANAGERS);
        assertMemberOnlyOf("committee", GroupIds.COMMITTEE);
        assertMemberOnlyOf("pkt_public_health", "pkt_public_health");
        for (String user : new String[] {"admin", "strategy", "manager", "committee", "pkt_public_health", "lao_patong"}) {
            assertThat(identity.checkPassword(user, "demo")).as(user).isTrue();
        }
        assertThat(identity.checkPassword("strategy", "wrong")).isFalse();

        User agencyUser = identity.createUserQuery().userId("se_aot_phuket_airport").singleResult();
        assertThat(agencyUser.getFirstName()).isEqualTo("ท่าอากาศยานภูเก็ต บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)");
        assertThat(agencyUser.getLastName()).isEqualTo("Phuket International Airport, Airports of Thailand PCL");
        assertThat(agencyUser.getEmail()).isEqualTo("se_aot_phuket_airport@agencies.example");
    }

    @Test
    void withoutDemoUsersOnlyGroupsAndAdministratorRightsAreCreated() {
        new IdentitySeeder(DIRECTORY, false).seed(engine);

        assertThat(Counts.of(engine)).isEqualTo(new Counts(OFFICE_GROUPS + AGENCIES, 0, 0, Resources.values().length));
    }

    @Test
    void anAdminUserCreatedBeforeTheSeederStillGetsTheAdminGroupAndRights() {
        // what camunda.bpm.admin-user does when it runs first: the user exists, nothing else does
        IdentityService identity = engine.getIdentityService();
        User admin = identity.newUser("admin");
        admin.setPassword("chosen-by-the-operator");
        identity.saveUser(admin);

        new IdentitySeeder(DIRECTORY, true).seed(engine);

        assertMemberOnlyOf("admin", GroupIds.ADMIN);
        assertThat(identity.checkPassword("admin", "chosen-by-the-operator")).isTrue();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(GroupIds.ADMIN)
                .resourceType(Resources.TASK).resourceId(Authorization.ANY).hasPermission(Permissions.ALL).count())
                .isOne();
    }

    @Test
    void aChangedPasswordSurvivesARestart() {
        new IdentitySeeder(DIRECTORY, true).seed(engine);
        IdentityService identity = engine.getIdentityService();
        User strategy = identity.createUserQuery().userId("strategy").singleResult();
        strategy.setPassword("changed-later");
        identity.saveUser(strategy);

        new IdentitySeeder(DIRECTORY, true).seed(engine);

        assertThat(identity.checkPassword("strategy", "changed-later")).isTrue();
        assertThat(identity.checkPassword("strategy", "demo")).isFalse();
    }

    private void assertMemberOnlyOf(String userId, String groupId) {
        assertThat(engine.getIdentityService().createGroupQuery().groupMember(userId).list())
                .as("groups of " + userId).extracting(Group::getId).containsExactly(groupId);
    }

    record Counts(long groups, long users, long memberships, long authorizations) {

        static Counts of(ProcessEngine engine) {
            IdentityService identity = engine.getIdentityService();
            long memberships = identity.createUserQuery().list().stream()
                    .mapToLong(user -> identity.createGroupQuery().groupMember(user.getId()).count()).sum();
            return new Counts(identity.createGroupQuery().count(), identity.createUserQuery().count(), memberships,
                    engine.getAuthorizationService().createAuthorizationQuery().count());
        }
    }
}
