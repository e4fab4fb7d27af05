package th.go.phuket.planning.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyChangeListener;

/**
 * An agency added to the directory gets the rights every agency has (see {@link PlanningRights}) at once, in the
 * transaction that adds it: its users can work their tasks without a restart. Granted as the application, whoever
 * added the agency.
 */
@Component
public class AgencyRights implements AgencyChangeListener {

    private final ProcessEngine engine;

    public AgencyRights(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void agencySaved(Agency before, Agency after) {
        if (before != null) {
            return;
        }
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            new AuthorizationSeeder(() -> List.of(after.id())).seed(engine);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
