package th.go.phuket.planning.hearing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What the office may do to a comment, and from which states. */
public enum ModerationAction {
    HIDE("hide", CommentStatus.HIDDEN, Set.of(CommentStatus.VISIBLE)),
    RESTORE("restore", CommentStatus.VISIBLE, Set.of(CommentStatus.HIDDEN, CommentStatus.REMOVED)),
    REMOVE("remove", CommentStatus.REMOVED, Set.of(CommentStatus.VISIBLE, CommentStatus.HIDDEN));

    private final String code;
    private final CommentStatus result;
    private final Set<CommentStatus> from;

    ModerationAction(String code, CommentStatus result, Set<CommentStatus> from) {
        this.code = code;
        this.result = result;
        this.from = from;
    }

    public String code() {
        return code;
    }

    public CommentStatus result() {
        return result;
    }

    public boolean appliesTo(CommentStatus status) {
        return from.contains(status);
    }

    public static Optional<ModerationAction> parse(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
