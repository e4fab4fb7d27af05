package th.go.phuket.planning.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Creates the rights of {@link PlanningRights} at start-up, as an engine plugin (before anything can use the
 * engine): a missing authorization is created, one lacking a permission gets it added, nothing is ever removed.
 * A restart, or a second node starting at the same moment, changes nothing.
 */
@Component
public class AuthorizationSeeder extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSeeder.class);

    private final Supplier<List<String>> agencyGroupIds;

    /** Rights for every agency of the directory (their group ids are the agency ids). */
    @Autowired
    public AuthorizationSeeder(AgencyDirectory directory) {
        this(directory::ids);
    }

    public AuthorizationSeeder(Supplier<List<String>> agencyGroupIds) {
        this.agencyGroupIds = agencyGroupIds;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        int changed = seed(engine);
        LOG.info("Authorization seeding: {} authorizations created or extended", changed);
    }

    /** Returns how many authorizations it created or extended. */
    public int seed(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        // the existing rights on each resource in one query, not one per group: the 67 agencies' rights are all on
        // the contribution model
        Map<String, Map<String, Authorization>> byResource = new HashMap<>();
        int changed = 0;
        for (Right right : PlanningRights.all(agencyGroupIds.get())) {
            Authorization known = byResource.computeIfAbsent(resourceKey(right),
                    key -> existingOn(authorizations, right)).get(holderKey(right.groupId()));
            changed += ensure(authorizations, right, known) ? 1 : 0;
        }
        return changed;
    }

    private static boolean ensure(AuthorizationService authorizations, Right right, Authorization known) {
        try {
            return grant(authorizations, right, known);
        } catch (RuntimeException concurrentNode) {
            // another node created or extended the same authorization meanwhile: try once more against its row
            return grant(authorizations, right, find(authorizations, right));
        }
    }

    private static String resourceKey(Right right) {
        return right.resource().resourceType() + "/" + right.resourceId();
    }

    /** The global authorization under {@code null}, a group's grant under its id. */
    private static String holderKey(String groupId) {
        return groupId == null ? "" : "group:" + groupId;
    }

    /** The global authorization and the groups' grants on the resource of {@code right}, by {@link #holderKey}. */
    private static Map<String, Authorization> existingOn(AuthorizationService authorizations, Right right) {
        Map<String, Authorization> existing = new HashMap<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery().resourceType(right.resource())
                .resourceId(right.resourceId()).list()) {
            if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL) {
                existing.putIfAbsent(holderKey(null), authorization);
            } else if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                    && authorization.getGroupId() != null) {
                existing.putIfAbsent(holderKey(authorization.getGroupId()), authorization);
            }
        }
        return existing;
    }

    private static boolean grant(AuthorizationService authorizations, Right right, Authorization existing) {
        Authorization authorization = existing != null ? existing : newAuthorization(authorizations, right);
        boolean changed = existing == null;
        for (Permission permission : right.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
        return changed;
    }

    private static Authorization find(AuthorizationService authorizations, Right right) {
        var query = authorizations.createAuthorizationQuery().resourceType(right.resource())
                .resourceId(right.resourceId());
        if (right.global()) {
            query.authorizationType(Authorization.AUTH_TYPE_GLOBAL);
        } else {
            query.authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(right.groupId());
        }
        return query.list().stream().findFirst().orElse(null);
    }

    private static Authorization newAuthorization(AuthorizationService authorizations, Right right) {
        Authorization authorization = authorizations.createNewAuthorization(
                right.global() ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (!right.global()) {
            authorization.setGroupId(right.groupId());
        }
        authorization.setResource(right.resource());
        authorization.setResourceId(right.resourceId());
        return authorization;
    }
}
