package th.go.phuket.planning.hearing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.support.Messages;

/**
 * The SPEC's comment rules: text 10–2,000 characters after trimming, a known sector, a name of at most 100
 * characters, a district of the province (or outside it), an email only with PDPA consent. Every broken rule is
 * named with its field, Thai first then English.
 */
@Component
public class CommentRules {

    public static final int MIN_TEXT = 10;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    /** A comment that passed the rules, in the form it is stored. */
    public record CleanComment(String itemId, String text, Sector sector, String name, String district,
                               String email) {
    }

    /** The rules' verdict: the clean comment, or the problems by field. */
    public record Verdict(CleanComment comment, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Districts districts;

    /** The app's rules: the districts of the province's district offices in the directory. */
    @Autowired
    public CommentRules(AgencyDirectory directory) {
        this(Districts.of(directory.all()));
    }

    public CommentRules(Districts districts) {
        this.districts = districts;
    }

    public Districts districts() {
        return districts;
    }

    public Verdict check(CommentInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        String itemId = blankToNull(input.itemId());
        if (itemId == null) {
            errors.put("itemId", Messages.get("hearing.field.itemId.required"));
        } else if (itemId.length() > 200) {
            errors.put("itemId", Messages.get("hearing.field.itemId.tooLong"));
        }
        String text = CommentText.clean(input.text());
        if (text.isEmpty()) {
            errors.put("text", Messages.get("hearing.field.text.required", MIN_TEXT, "2,000"));
        } else if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
            errors.put("text", Messages.get("hearing.field.text.length", MIN_TEXT, "2,000",
                    String.format("%,d", text.length())));
        }
        Optional<Sector> sector = Sector.parse(blankToNull(input.sector()));
        if (sector.isEmpty()) {
            errors.put("sector", Messages.get(input.sector() == null || input.sector().isBlank()
                    ? "hearing.field.sector.required" : "hearing.field.sector.unknown", codes()));
        }
        String name = blankToNull(CommentText.clean(input.name()).replaceAll("\\s+", " "));
        if (name != null && name.length() > MAX_NAME) {
            errors.put("name", Messages.get("hearing.field.name.tooLong", MAX_NAME));
        }
        String district = blankToNull(input.district());
        if (district != null && !districts.names().contains(district.strip())) {
            errors.put("district", Messages.get("hearing.field.district.unknown",
                    String.join(", ", districts.names())));
        }
        String email = blankToNull(input.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.put("email", Messages.get("hearing.field.email.invalid"));
        }
        if (email != null && !input.consentGiven()) {
            errors.put("consent", Messages.get("hearing.field.consent.required"));
        }
        if (!errors.isEmpty()) {
            return new Verdict(null, errors);
        }
        return new Verdict(new CleanComment(itemId, text, sector.orElseThrow(), name,
                district == null ? null : district.strip(), email), Map.of());
    }

    private static String codes() {
        return String.join(", ", List.of(Sector.values()).stream().map(Sector::code).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
