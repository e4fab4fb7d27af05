package th.go.phuket.planning.agency;

import java.util.Objects;

/**
 * A person to reach at an agency. {@code userId} is the engine user made for them in the agency's group
 * ({@code <agency id>-<n>}, never reused), empty until the contact is stored.
 */
public record AgencyContact(String userId, String name, String position, String email, String phone) {

    public AgencyContact {
        userId = userId == null ? "" : userId.strip();
        name = Objects.requireNonNullElse(name, "").strip();
        position = Objects.requireNonNullElse(position, "").strip();
        email = Objects.requireNonNullElse(email, "").strip();
        phone = Objects.requireNonNullElse(phone, "").strip();
    }

    /** The same person with the engine user made for them. */
    public AgencyContact withUserId(String id) {
        return new AgencyContact(id, name, position, email, phone);
    }

    /** The same person, whoever's user they have: what an edit compares. */
    public boolean sameAs(AgencyContact other) {
        return name.equals(other.name) && position.equals(other.position) && email.equalsIgnoreCase(other.email)
                && phone.equals(other.phone);
    }
}
