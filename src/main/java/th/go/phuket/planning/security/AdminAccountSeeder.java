package th.go.phuket.planning.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import th.go.phuket.planning.agency.GroupIds;

/**
 * The production administrator: user {@code admin} in {@code camunda-admin}, created with the password of the
 * setting {@code ADMIN_PASSWORD} when missing. An existing admin keeps its password (change it in Camunda Admin),
 * so a restart never undoes a change made there.
 */
@Component
@ConditionalOnExpression("!'${planning.admin.password:}'.isEmpty()")
public class AdminAccountSeeder extends AbstractProcessEnginePlugin {

    public static final String ADMIN_USER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountSeeder.class);

    private final String password;

    public AdminAccountSeeder(@Value("${planning.admin.password}") String password) {
        this.password = password;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        ensure(() -> identity.createGroupQuery().groupId(GroupIds.ADMIN).count() > 0, () -> {
            Group group = identity.newGroup(GroupIds.ADMIN);
            group.setName("ผู้ดูแลระบบ / Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        });
        boolean created = ensure(() -> identity.createUserQuery().userId(ADMIN_USER).count() > 0, () -> {
            User user = identity.newUser(ADMIN_USER);
            user.setFirstName("ผู้ดูแลระบบ");
            user.setLastName("Administrator");
            user.setPassword(password);
            identity.saveUser(user);
        });
        ensure(() -> identity.createUserQuery().userId(ADMIN_USER).memberOfGroup(GroupIds.ADMIN).count() > 0,
                () -> identity.createMembership(ADMIN_USER, GroupIds.ADMIN));
        LOG.info(created ? "Administrator {} created from ADMIN_PASSWORD" : "Administrator {} already exists",
                ADMIN_USER);
    }

    /** Creates when missing; another node creating the same thing at the same moment is fine. */
    private static boolean ensure(java.util.function.BooleanSupplier exists, Runnable create) {
        if (exists.getAsBoolean()) {
            return false;
        }
        try {
            create.run();
            return true;
        } catch (RuntimeException e) {
            if (exists.getAsBoolean()) {
                return false;
            }
            throw e;
        }
    }
}
