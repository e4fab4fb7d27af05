package th.go.phuket.planning.dashboard;

import th.go.phuket.planning.support.Messages;

/** Where a whole cycle stands against its submission deadline. */
public enum CycleStatus {

    /** Running, the submission deadline not yet passed. */
    RUNNING("running"),
    /** Running after the day of the submission deadline (nothing is cancelled: the cycle goes on). */
    OVERDUE("overdue"),
    /** Ended with the plan sent. */
    SUBMITTED("submitted"),
    /** Deleted before the plan was sent. */
    CANCELLED("cancelled");

    private final String key;

    CycleStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String labelTh() {
        return Messages.get("dashboard.cycleStatus." + key);
    }
}
