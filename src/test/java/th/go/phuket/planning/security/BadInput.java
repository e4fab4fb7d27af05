package th.go.phuket.planning.security;

import java.util.List;

/**
 * One bad request of {@link BadInputIntegrationTest}: who sends it, where, what, when in the cycle, and what the
 * answer must say (fragments of its Thai and English message). In paths and bodies {@code $task} is the open task
 * of {@code stage} and {@code $cycle} the suite's cycle.
 */
record BadInput(String name, String user, String method, String path, String body, String contentType,
                BadInputCycle.Stage stage, int status, List<String> says) {

    static final String JSON = "application/json";
    static final String STRATEGY = "strategy";
    static final String COMMITTEE_MEMBER = "committee";
    static final String AGENCY = AgencyPair.AGENCY_A;

    /** A JSON request sent by the strategy office before the suite's cycle has moved on. */
    static BadInput json(String name, String method, String path, String body, int status, String... says) {
        return new BadInput(name, STRATEGY, method, path, body, JSON, BadInputCycle.Stage.DRAFT, status, List.of(says));
    }

    /** Completing the open task of {@code stage} over engine REST with {@code variables} (a JSON object). */
    static BadInput completion(String name, String user, BadInputCycle.Stage stage, String variables, String... says) {
        return new BadInput(name, user, "POST", "/engine-rest/task/$task/complete",
                "{\"variables\":" + variables + "}", JSON, stage, 400, List.of(says));
    }

    BadInput as(String otherUser) {
        return new BadInput(name, otherUser, method, path, body, contentType, stage, status, says);
    }

    BadInput typed(String otherContentType) {
        return new BadInput(name, user, method, path, body, otherContentType, stage, status, says);
    }

    BadInput at(BadInputCycle.Stage otherStage) {
        return new BadInput(name, user, method, path, body, contentType, otherStage, status, says);
    }

    @Override
    public String toString() {
        return name;
    }
}
