package th.go.phuket.planning.hearing;

import java.time.Instant;
import java.util.Map;

/** What became of a comment sent by the public; the page and the API each say it in their way. */
public sealed interface CommentOutcome {

    /** Stored and shown (or, for the honeypot, made to look so). */
    record Accepted(String commentId) implements CommentOutcome {
    }

    /** Broken rules, by field. */
    record Invalid(Map<String, String> errors) implements CommentOutcome {
    }

    /** No such cycle, or no such item in its hearing. */
    record NotFound(String message) implements CommentOutcome {
    }

    /** Outside the window: when it opens (null before the draft is published) and closes. */
    record Closed(Instant opensAt, Instant closesAt, String message) implements CommentOutcome {
    }

    /** The same text from the same client, already in this hearing. */
    record Duplicate(String message) implements CommentOutcome {
    }

    /** Over the rate limit; may try again after this many seconds. */
    record TooMany(long retryAfterSeconds, String message) implements CommentOutcome {
    }
}
