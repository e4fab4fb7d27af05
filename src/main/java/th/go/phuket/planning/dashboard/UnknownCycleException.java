package th.go.phuket.planning.dashboard;

import th.go.phuket.planning.support.Messages;

/** No cycle has this id. The message is Thai, then English. */
public class UnknownCycleException extends RuntimeException {

    private final String cycleId;

    public UnknownCycleException(String cycleId) {
        super(Messages.get("dashboard.cycle.notFound", cycleId));
        this.cycleId = cycleId;
    }

    public String cycleId() {
        return cycleId;
    }
}
