package th.go.phuket.planning.hearing;

import java.time.Instant;

/** The office's answer to a comment. */
public record Answer(AnswerStatus status, String text, String answeredBy, Instant answeredAt) {
}
