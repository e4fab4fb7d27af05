package th.go.phuket.planning.hearing;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.support.Messages;

/** Why a reader reports a comment (optional; {@code other} when not given). */
public enum ReportReason {
    SPAM("spam"),
    OFFENSIVE("offensive"),
    PERSONAL_DATA("personal_data"),
    OFF_TOPIC("off_topic"),
    OTHER("other");

    private final String code;

    ReportReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelTh() {
        return Messages.get("hearing.report." + code);
    }

    public static Optional<ReportReason> parse(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
