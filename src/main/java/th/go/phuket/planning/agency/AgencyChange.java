package th.go.phuket.planning.agency;

import java.time.Instant;

/**
 * One change of the directory as {@code pc_agency_change} keeps it: who, when, what ({@code ADD}, {@code CHANGE},
 * {@code RETIRE}, {@code REACTIVATE}), and the agency as it was and became (a line of text each).
 */
public record AgencyChange(Instant changedAt, String changedBy, String action, String agencyId, String before,
                           String after) {

    public static final String ADD = "ADD";
    public static final String CHANGE = "CHANGE";
    public static final String RETIRE = "RETIRE";
    public static final String REACTIVATE = "REACTIVATE";

    /** How the log writes an agency: names, category, email, state and contacts on one line. */
    static String describe(Agency agency) {
        if (agency == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(agency.nameTh()).append(" | ").append(agency.nameEn()).append(" | ")
                .append(agency.category().code()).append(" | ").append(agency.email())
                .append(agency.active() ? "" : " | retired");
        for (AgencyContact c : agency.contacts()) {
            text.append(" | ").append(c.name()).append(" (").append(c.position()).append(", ").append(c.email())
                    .append(", ").append(c.phone()).append(")");
        }
        return text.length() <= 4000 ? text.toString() : text.substring(0, 3999) + "…";
    }
}
