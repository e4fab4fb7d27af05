package th.go.phuket.planning.security;

import java.util.List;
import java.util.regex.Pattern;

import th.go.phuket.planning.agency.GroupIds;

/**
 * Who may call what under {@code /api/**} and the app's pages, before the engine's own rights apply. Agencies read
 * only the public reference data (the directory without its contact people, the holidays), the engine's clock and
 * the official letters addressed to them; cycles, progress, outbox, the dashboard, the office's pages, the
 * directory's files (they hold every agency's contact people) and who changed the directory or the holidays are for
 * the office, the managers, the committee and the administrators; changing anything is for the strategy office and
 * the administrators. Finer rights (who may start a cycle) are the engine's authorizations.
 */
public final class ApiAccessPolicy {

    private static final List<String> OPEN_TO_EVERY_USER = List.of("/api/agencies", "/api/holidays", "/api/clock");
    /** Under the open prefixes, yet not for agencies: people's names, emails and phones, and who edited what. */
    private static final List<String> NOT_FOR_AGENCIES = List.of("/api/agencies/changes", "/api/agencies.csv",
            "/api/agencies.xlsx", "/api/holidays/changes");
    /** Official letters: every signed-in user may ask; the letter's controller answers only what the user may read. */
    private static final Pattern LETTERS = Pattern.compile("/api/letters/[^/]+|/letters/[^/]+(/emblem)?"
            + "|/api/cycles/[^/]+/letters");
    private static final String[] READERS = {GroupIds.STRATEGY_OFFICE, GroupIds.MANAGERS,
        GroupIds.COMMITTEE, GroupIds.ADMIN};
    private static final String[] WRITERS = {GroupIds.STRATEGY_OFFICE, GroupIds.ADMIN};

    private ApiAccessPolicy() {
    }

    public static boolean allows(String method, String path, AuthenticatedUser user) {
        if (!isSafe(method)) {
            return user.memberOfAny(WRITERS);
        }
        // the directory and the holidays, one item of them, or the whole as a file (/api/holidays.csv)
        if (!NOT_FOR_AGENCIES.contains(path) && OPEN_TO_EVERY_USER.stream().anyMatch(prefix -> path.equals(prefix)
                || path.startsWith(prefix + "/") || path.startsWith(prefix + "."))
                || LETTERS.matcher(path).matches()) {
            return true;
        }
        return user.memberOfAny(READERS);
    }

    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
