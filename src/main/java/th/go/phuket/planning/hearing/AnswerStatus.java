package th.go.phuket.planning.hearing;

import java.util.Arrays;
import java.util.Optional;
import th.go.phuket.planning.support.Messages;

/** How the office answered a comment. */
public enum AnswerStatus {
    ACCEPTED("accepted"),
    CONSIDERED("considered"),
    NOT_ACCEPTED("not_accepted"),
    OUT_OF_SCOPE("out_of_scope");

    private final String code;

    AnswerStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelTh() {
        return Messages.get("hearing.answer." + code);
    }

    public String labelEn() {
        return Messages.get("hearing.answer." + code + ".en");
    }

    public static Optional<AnswerStatus> parse(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
