package th.go.phuket.planning;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;

/** The engine of the engine-only tests is shared: leave no users, groups, filters or rights behind. */
public final class EngineCleanup {

    private EngineCleanup() {
    }

    public static void removeIdentitiesFiltersAndAuthorizations(ProcessEngine engine) {
        var identity = engine.getIdentityService();
        identity.clearAuthentication();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
        var filters = engine.getFilterService();
        filters.createFilterQuery().list().forEach(filter -> filters.deleteFilter(filter.getId()));
        var authorizations = engine.getAuthorizationService();
        authorizations.createAuthorizationQuery().list().stream().map(Authorization::getId)
                .forEach(authorizations::deleteAuthorization);
    }
}
