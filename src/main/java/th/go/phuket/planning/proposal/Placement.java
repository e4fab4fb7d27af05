package th.go.phuket.planning.proposal;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.support.Messages;

/** Where the screening suggests a project belongs: the {@code placement} output of {@code proposal-screening.dmn}. */
public enum Placement {

    PROVINCIAL_PLAN("provincial_plan"),
    LOCAL_ADMIN_PLAN("local_admin_plan"),
    PROVINCIAL_GROUP_PLAN("provincial_group_plan"),
    /** Something the plan needs is missing: the officer returns the proposal to its agency. */
    INCOMPLETE("incomplete");

    private final String code;

    Placement(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** {@code แผนพัฒนาจังหวัด (provincial plan)} */
    public String label() {
        return Messages.get("proposal.placement." + code);
    }

    public static Optional<Placement> fromCode(String code) {
        return Arrays.stream(values()).filter(placement -> placement.code.equals(code)).findFirst();
    }
}
