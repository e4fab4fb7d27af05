package th.go.phuket.planning.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.go.phuket.planning.support.Messages;

/**
 * What an agency of the directory must be: an id of lowercase letters, digits and {@code _}; a Thai name; a known
 * category; an email address; at most {@value #MAX_CONTACTS} contact people, each with a name and, when given, a
 * real email address and a phone number. Every problem is named by its field ({@code email},
 * {@code contacts[2].email}), Thai first, then English.
 */
public final class AgencyRules {

    public static final int MAX_CONTACTS = 5;
    static final int MAX_NAME = 500;
    static final int MAX_CONTACT_TEXT = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 50;
    /** A plain internet address: something, one {@code @}, a domain with at least one dot; no spaces or brackets. */
    private static final Pattern EMAIL =
            Pattern.compile("[^\\s@<>(),;:\"\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Digits and the signs people write in Thai phone numbers (0 7621 1234 ต่อ 101, +66-76-211-234). */
    private static final Pattern PHONE = Pattern.compile("(?:[0-9+()\\-./,# ]|ต่อ|ext\\.?|x)*[0-9](?:[0-9+()\\-./,# ]|ต่อ|ext\\.?|x)*");

    private AgencyRules() {
    }

    /** Every problem of {@code input} (empty when it is a good agency), by field. */
    public static Map<String, String> check(AgencyInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.id() == null || !AgencyDirectory.ID.matcher(input.id().strip()).matches()) {
            errors.put("id", Messages.get("agency.field.id", shorten(input.id())));
        }
        String nameTh = input.nameTh() == null ? "" : input.nameTh().strip();
        if (nameTh.isEmpty() || nameTh.length() > MAX_NAME) {
            errors.put("nameTh", Messages.get("agency.field.nameTh", String.valueOf(MAX_NAME)));
        }
        if (input.nameEn() != null && input.nameEn().strip().length() > MAX_NAME) {
            errors.put("nameEn", Messages.get("agency.field.nameEn", String.valueOf(MAX_NAME)));
        }
        if (input.category() == null || AgencyCategory.fromCode(input.category().strip()).isEmpty()) {
            errors.put("category", Messages.get("agency.field.category", shorten(input.category()), codes()));
        }
        if (!isEmail(input.email())) {
            errors.put("email", Messages.get("agency.field.email", shorten(input.email())));
        }
        List<AgencyContact> contacts = input.contacts() == null ? List.of() : input.contacts();
        if (contacts.size() > MAX_CONTACTS) {
            errors.put("contacts", Messages.get("agency.field.contacts", String.valueOf(MAX_CONTACTS)));
        }
        for (int i = 0; i < contacts.size() && i < MAX_CONTACTS; i++) {
            checkContact(contacts.get(i), "contacts[" + (i + 1) + "].", errors);
        }
        return errors;
    }

    private static void checkContact(AgencyContact contact, String prefix, Map<String, String> errors) {
        if (contact == null) {
            errors.put(prefix + "name", Messages.get("agency.field.contact.name", String.valueOf(MAX_CONTACT_TEXT)));
            return;
        }
        if (contact.name().isEmpty() || contact.name().length() > MAX_CONTACT_TEXT) {
            errors.put(prefix + "name", Messages.get("agency.field.contact.name", String.valueOf(MAX_CONTACT_TEXT)));
        }
        if (contact.position().length() > MAX_CONTACT_TEXT) {
            errors.put(prefix + "position", Messages.get("agency.field.contact.position",
                    String.valueOf(MAX_CONTACT_TEXT)));
        }
        if (!contact.email().isEmpty() && !isEmail(contact.email())) {
            errors.put(prefix + "email", Messages.get("agency.field.email", shorten(contact.email())));
        }
        if (!contact.phone().isEmpty() && (contact.phone().length() > MAX_PHONE
                || !PHONE.matcher(contact.phone()).matches())) {
            errors.put(prefix + "phone", Messages.get("agency.field.contact.phone", shorten(contact.phone())));
        }
    }

    public static boolean isEmail(String text) {
        return text != null && text.strip().length() <= MAX_EMAIL && EMAIL.matcher(text.strip()).matches();
    }

    /** The agency {@code input} describes, once {@link #check} found nothing wrong. */
    static Agency toAgency(AgencyInput input) {
        return new Agency(input.id().strip(), input.nameTh().strip(),
                input.nameEn() == null ? "" : input.nameEn().strip(),
                AgencyCategory.fromCode(input.category().strip()).orElseThrow(), input.email().strip(),
                input.active() == null || input.active(), input.contacts() == null ? List.of() : input.contacts());
    }

    private static String codes() {
        return String.join(", ", java.util.Arrays.stream(AgencyCategory.values()).map(AgencyCategory::code).toList());
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
