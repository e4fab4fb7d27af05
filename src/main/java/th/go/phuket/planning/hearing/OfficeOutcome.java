package th.go.phuket.planning.hearing;

import java.util.Map;

/** What became of the office's answer or moderation. */
public sealed interface OfficeOutcome {

    record Done(String commentId) implements OfficeOutcome {
    }

    record Invalid(Map<String, String> errors) implements OfficeOutcome {
    }

    record NotFound(String message) implements OfficeOutcome {
    }

    /** Not possible in the comment's or the hearing's state (removed, final, an action that does not apply). */
    record Conflict(String message) implements OfficeOutcome {
    }

    /** Thrown inside the transaction to roll it back and answer {@link Conflict}. */
    final class Refusal extends RuntimeException {
        private final transient OfficeOutcome outcome;

        public Refusal(OfficeOutcome outcome) {
            super(outcome.toString(), null, false, false);
            this.outcome = outcome;
        }

        public OfficeOutcome outcome() {
            return outcome;
        }
    }
}
