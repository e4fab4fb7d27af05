package th.go.phuket.planning.hearing;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.support.Messages;

/** Who a commenter speaks for (SPEC, Public hearing); also the sectors of the forum's attendees. */
public enum Sector {
    CITIZEN("citizen"),
    PRIVATE_SECTOR("private_sector"),
    CIVIL_SOCIETY("civil_society"),
    LOCAL_GOVERNMENT("local_government"),
    GOVERNMENT_AGENCY("government_agency"),
    ACADEMIA("academia"),
    OTHER("other");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelTh() {
        return Messages.get("hearing.sector." + code);
    }

    public String labelEn() {
        return Messages.get("hearing.sector." + code + ".en");
    }

    /** The task variable of the forum's attendees of this sector, e.g. {@code attendeesPrivateSector}. */
    public String attendeesVariable() {
        StringBuilder name = new StringBuilder("attendees");
        for (String part : code.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    public static Optional<Sector> parse(String code) {
        return Arrays.stream(values()).filter(sector -> sector.code.equals(code)).findFirst();
    }
}
