package th.go.phuket.planning.hearing;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.support.Messages;

/**
 * Whether the public sees a comment: {@code hidden} waits for the office (after reports, or hidden by it),
 * {@code removed} is the office's decision that it breaks the rules. Only visible comments count in the record.
 */
public enum CommentStatus {
    VISIBLE("visible"),
    HIDDEN("hidden"),
    REMOVED("removed");

    private final String code;

    CommentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelTh() {
        return Messages.get("hearing.status." + code);
    }

    public static CommentStatus of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("comment status " + code));
    }

    public static Optional<CommentStatus> parse(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
