package bench.bare;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the office group and user ({@code strategy}) and one group and user per agency id, password
 * {@code demo}, before the web server opens its port. Only on an empty identity table: no per-item checks.
 * With authorization on, the office may start cycles and work on every task; agencies get what the engine grants
 * a task's candidate group.
 */
@Component
class BareUsers implements InitializingBean {

    static final String OFFICE_GROUP = "strategy-office";
    static final String OFFICE_USER = "strategy";
    static final String PASSWORD = "demo";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final List<String> agencyIds;
    private final boolean authorizationEnabled;

    BareUsers(IdentityService identity, AuthorizationService authorizations, List<String> agencyIds,
            @Value("${camunda.bpm.authorization.enabled:false}") boolean authorizationEnabled) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.agencyIds = agencyIds;
        this.authorizationEnabled = authorizationEnabled;
    }

    @Override
    public void afterPropertiesSet() {
        if (identity.createUserQuery().userId(OFFICE_USER).count() > 0) {
            return;
        }
        createUserInGroup(OFFICE_USER, OFFICE_GROUP);
        for (String agencyId : agencyIds) {
            createUserInGroup(agencyId, agencyId);
        }
        if (authorizationEnabled) {
            for (Resources resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK)) {
                grantOffice(resource);
            }
        }
    }

    private void createUserInGroup(String userId, String groupId) {
        Group group = identity.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName(userId);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
    }

    private void grantOffice(Resources resource) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(OFFICE_GROUP);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
    }
}
