package th.go.phuket.planning.agency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One organisation of the directory. Its {@code id} is also the id of its group in the engine and of its demo user;
 * it never changes. A retired agency ({@code active} false) is kept with its history: running cycles still reach it,
 * new cycles do not invite it. Its contact people get the agency's emails too.
 */
public record Agency(String id, String nameTh, String nameEn, AgencyCategory category, String email, boolean active,
                     List<AgencyContact> contacts) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameTh, "nameTh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(email, "email");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** An active agency without contact people, as {@code agencies.csv} lists them. */
    public Agency(String id, String nameTh, String nameEn, AgencyCategory category, String email) {
        this(id, nameTh, nameEn, category, email, true, List.of());
    }

    /** The coarse group of {@code agencies.csv}: the category's code. */
    public String parentGroup() {
        return category.code();
    }

    /** Who gets the agency's emails: its own address, then each contact's, each once. */
    public List<String> recipients() {
        Set<String> seen = new LinkedHashSet<>();
        List<String> recipients = new ArrayList<>();
        for (String address : addresses()) {
            if (!address.isBlank() && seen.add(address.toLowerCase(Locale.ROOT))) {
                recipients.add(address);
            }
        }
        return recipients;
    }

    private List<String> addresses() {
        List<String> all = new ArrayList<>(List.of(email));
        contacts.stream().map(AgencyContact::email).forEach(all::add);
        return all;
    }
}
