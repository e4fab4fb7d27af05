package th.go.phuket.planning.agency;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.go.phuket.planning.support.Seeding;

/**
 * Creates the groups of the office, the committee and every agency, and (demo only) their users, each only when
 * missing: a restart or a second node changes nothing. Runs as a process engine plugin, right after the engine is
 * built and before anything can use it, so a component that starts a cycle always finds the groups in place.
 */
@Component
public class IdentitySeeder extends AbstractProcessEnginePlugin {

    public static final String GROUP_TYPE_AGENCY = "agency";
    public static final String DEMO_PASSWORD = "demo";
    public static final String USER_ADMIN = "admin";
    public static final String USER_STRATEGY = "strategy";
    public static final String USER_MANAGER = "manager";
    public static final String USER_COMMITTEE = "committee";

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

    private record GroupSpec(String id, String type, String name) {
    }

    private record UserSpec(String id, String firstName, String lastName, String email, String groupId) {
    }

    private static final List<GroupSpec> OFFICE_GROUPS = List.of(
            new GroupSpec(GroupIds.STRATEGY_OFFICE, Groups.GROUP_TYPE_WORKFLOW,
                    "กลุ่มงานยุทธศาสตร์ฯ / Strategy office"),
            new GroupSpec(GroupIds.MANAGERS, Groups.GROUP_TYPE_WORKFLOW, "ผู้บริหาร / Managers"),
            new GroupSpec(GroupIds.COMMITTEE, Groups.GROUP_TYPE_WORKFLOW,
                    "คณะกรรมการ ก.บ.จ. / Provincial committee"),
            new GroupSpec(GroupIds.ADMIN, Groups.GROUP_TYPE_SYSTEM, "ผู้ดูแลระบบ / Camunda administrators"));

    private static final List<UserSpec> OFFICE_USERS = List.of(
            new UserSpec(USER_ADMIN, "ผู้ดูแลระบบ", "Administrator", "admin@planning.example", GroupIds.ADMIN),
            new UserSpec(USER_STRATEGY, "เจ้าหน้าที่ยุทธศาสตร์", "Strategy officer", "strategy@planning.example",
                    GroupIds.STRATEGY_OFFICE),
            new UserSpec(USER_MANAGER, "ผู้บริหาร", "Manager", "manager@planning.example", GroupIds.MANAGERS),
            new UserSpec(USER_COMMITTEE, "กรรมการ ก.บ.จ.", "Committee member", "committee@planning.example",
                    GroupIds.COMMITTEE));

    private final AgencyDirectory directory;
    private final boolean demoUsers;

    public IdentitySeeder(AgencyDirectory directory, @Value("${planning.demo.users:true}") boolean demoUsers) {
        this.directory = directory;
        this.demoUsers = demoUsers;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        int created = seed(engine);
        LOG.info("Identity seeding: {} groups/users/memberships/authorizations created (demo users {})",
                created, demoUsers ? "on" : "off");
    }

    /**
     * Creates what is missing and returns how many groups, users, memberships and authorizations it created. The
     * existing groups, users and grants are read with one query each, not one per item: on a first start this
     * halves the seeding time.
     */
    public int seed(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        Set<String> groupIds = ids(identity.createGroupQuery().list(), Group::getId);
        int created = 0;
        for (GroupSpec group : groups()) {
            created += ensureGroup(identity, group, groupIds.contains(group.id()));
        }
        created += grantAdministrators(engine.getAuthorizationService());
        if (demoUsers) {
            Set<String> userIds = ids(identity.createUserQuery().list(), User::getId);
            for (UserSpec user : users()) {
                boolean userExisted = userIds.contains(user.id());
                created += ensureUser(identity, user, userExisted);
                // a membership cannot outlive its user (foreign key): a new user has none yet
                created += ensureMembership(identity, user.id(), user.groupId(), !userExisted);
            }
        }
        return created;
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private List<GroupSpec> groups() {
        var agencyGroups = directory.all().stream()
                .map(agency -> new GroupSpec(agency.id(), GROUP_TYPE_AGENCY, agency.nameTh()));
        return Stream.concat(OFFICE_GROUPS.stream(), agencyGroups).toList();
    }

    private List<UserSpec> users() {
        var agencyUsers = directory.all().stream()
                .map(agency -> new UserSpec(agency.id(), agency.nameTh(), agency.nameEn(), agency.email(), agency.id()));
        return Stream.concat(OFFICE_USERS.stream(), agencyUsers).toList();
    }

    private int ensureGroup(IdentityService identity, GroupSpec spec, boolean known) {
        return Seeding.createIfMissing(known, () -> identity.createGroupQuery().groupId(spec.id()).count() > 0, () -> {
            Group group = identity.newGroup(spec.id());
            group.setType(spec.type());
            group.setName(spec.name());
            identity.saveGroup(group);
        });
    }

    private int ensureUser(IdentityService identity, UserSpec spec, boolean known) {
        return Seeding.createIfMissing(known, () -> identity.createUserQuery().userId(spec.id()).count() > 0, () -> {
            User user = identity.newUser(spec.id());
            user.setFirstName(spec.firstName());
            user.setLastName(spec.lastName());
            user.setEmail(spec.email());
            user.setPassword(DEMO_PASSWORD);
            identity.saveUser(user);
        });
    }

    private int ensureMembership(IdentityService identity, String userId, String groupId, boolean knownMissing) {
        BooleanSupplier exists = () -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        return Seeding.createIfMissing(!knownMissing && exists.getAsBoolean(), exists,
                () -> identity.createMembership(userId, groupId));
    }

    /**
     * Members of {@code camunda-admin} may do everything, as Camunda's own first-user setup grants; done here too
     * because Camunda skips that grant when it finds the admin user already created by this seeder.
     */
    private int grantAdministrators(AuthorizationService authorizations) {
        Set<Integer> granted = authorizations.createAuthorizationQuery().groupIdIn(GroupIds.ADMIN)
                .resourceId(Authorization.ANY).list().stream().map(Authorization::getResourceType)
                .collect(Collectors.toSet());
        int created = 0;
        for (Resources resource : Resources.values()) {
            created += Seeding.createIfMissing(granted.contains(resource.resourceType()),
                    () -> authorizations.createAuthorizationQuery().groupIdIn(GroupIds.ADMIN)
                            .resourceType(resource).resourceId(Authorization.ANY).count() > 0,
                    () -> {
                        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                        grant.setGroupId(GroupIds.ADMIN);
                        grant.setResource(resource);
                        grant.setResourceId(Authorization.ANY);
                        grant.addPermission(Permissions.ALL);
                        authorizations.saveAuthorization(grant);
                    });
        }
        return created;
    }
}
