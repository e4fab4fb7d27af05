package th.go.phuket.planning.agency;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's identities in step with the directory: the agency's group (its Thai name follows the directory)
 * and one user per contact person in it. A new contact's user gets the demo password in the demo, otherwise a long
 * random one nobody knows: the administrator sets a password in Camunda Admin before the person can sign in. A
 * contact taken off the agency loses their user. Done as the application, whoever edits the directory (the office
 * has no right to create users).
 */
@Component
public class AgencyIdentities {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final boolean demoUsers;

    public AgencyIdentities(@Lazy IdentityService identity, @Value("${planning.demo.users:true}") boolean demoUsers) {
        this.identity = identity;
        this.demoUsers = demoUsers;
    }

    /** Brings the group and the contacts' users from {@code before} (null for a new agency) to {@code after}. */
    public void saved(Agency before, Agency after) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            group(after);
            Map<String, AgencyContact> gone = before == null ? Map.of() : before.contacts().stream()
                    .collect(Collectors.toMap(AgencyContact::userId, Function.identity()));
            for (AgencyContact contact : after.contacts()) {
                user(after, contact);
            }
            gone.keySet().stream().filter(id -> after.contacts().stream().noneMatch(c -> c.userId().equals(id)))
                    .filter(id -> identity.createUserQuery().userId(id).count() > 0)
                    .forEach(identity::deleteUser);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void group(Agency agency) {
        Group group = identity.createGroupQuery().groupId(agency.id()).singleResult();
        if (group == null) {
            group = identity.newGroup(agency.id());
            group.setType(IdentitySeeder.GROUP_TYPE_AGENCY);
        } else if (agency.nameTh().equals(group.getName())) {
            return;
        }
        group.setName(agency.nameTh());
        identity.saveGroup(group);
    }

    private void user(Agency agency, AgencyContact contact) {
        User user = identity.createUserQuery().userId(contact.userId()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(contact.userId());
            user.setPassword(demoUsers ? IdentitySeeder.DEMO_PASSWORD : unguessable());
        } else if (contact.name().equals(user.getFirstName()) && lastName(agency, contact).equals(user.getLastName())
                && contact.email().equals(nullToEmpty(user.getEmail()))) {
            return;
        }
        user.setFirstName(contact.name());
        user.setLastName(lastName(agency, contact));
        user.setEmail(contact.email().isEmpty() ? null : contact.email());
        identity.saveUser(user);
        if (created) {
            identity.createMembership(contact.userId(), agency.id());
        }
    }

    /** The position, or the agency when none is given: Tasklist shows first and last name. */
    private static String lastName(Agency agency, AgencyContact contact) {
        return contact.position().isEmpty() ? agency.nameTh() : contact.position();
    }

    private static String unguessable() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
