package th.go.phuket.planning.hearing;

/**
 * Something people comment on: {@code general} (the whole plan), {@code goal:PKT-M1} (a Phuket goal of the draft) or
 * {@code project:<agencyId>:<n>} (the n-th project of an accepted contribution). {@code detail} says more (the goal's
 * English name, the project's agency and budget).
 */
public record HearingItem(String itemId, String kind, String title, String detail) {

    public static final String GENERAL = "general";
    public static final String KIND_GENERAL = "general";
    public static final String KIND_GOAL = "goal";
    public static final String KIND_PROJECT = "project";

    public static String goalId(String code) {
        return KIND_GOAL + ":" + code;
    }

    public static String projectId(String agencyId, int number) {
        return KIND_PROJECT + ":" + agencyId + ":" + number;
    }
}
