package th.go.phuket.planning.dashboard;

import th.go.phuket.planning.support.Messages;

/**
 * Where one agency stands in a cycle, read from its contribution. The first five are the SPEC's; {@code pending}
 * (the draft is not yet sent, so the agency has no task yet) and {@code cancelled} (its contribution was deleted)
 * cover the moments before and beside them.
 */
public enum AgencyStatus {

    /** The review task is open and not past its due date. */
    OPEN("open"),
    /** The review task is open again after the strategy office returned the proposal. */
    RETURNED("returned"),
    /** The review task is open and past its due date by the engine clock. */
    OVERDUE("overdue"),
    /** Handed in: the strategy office is screening it. */
    SUBMITTED("submitted"),
    /** Screened and accepted: the contribution ended. */
    ACCEPTED("accepted"),
    /** Listed in the cycle, but the contributions have not started (the draft is being prepared). */
    PENDING("pending"),
    /** The contribution was ended without acceptance (deleted by an administrator). */
    CANCELLED("cancelled");

    private final String key;

    AgencyStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String labelTh() {
        return Messages.get("dashboard.status." + key);
    }

    /** Handed in, whatever the screening said so far. */
    public boolean handedIn() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** Still with the agency. */
    public boolean withAgency() {
        return this == OPEN || this == RETURNED || this == OVERDUE;
    }
}
