package th.go.phuket.planning.security;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One right of the SPEC's table: a group (or everybody, when {@code groupId} is null) may do {@code permissions} on
 * one resource id (or {@link Authorization#ANY}).
 */
public record Right(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

    public Right {
        permissions = List.copyOf(permissions);
    }

    static Right of(String groupId, Resource resource, String resourceId, Permission... permissions) {
        return new Right(groupId, resource, resourceId, List.of(permissions));
    }

    static Right everybody(Resource resource, String resourceId, Permission... permissions) {
        return new Right(null, resource, resourceId, List.of(permissions));
    }

    boolean global() {
        return groupId == null;
    }
}
