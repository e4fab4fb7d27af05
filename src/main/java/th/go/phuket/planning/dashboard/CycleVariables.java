package th.go.phuket.planning.dashboard;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The variables of a cycle the dashboard reads, typed: ISO date strings as dates, due date-times as instants. */
record CycleVariables(Map<String, Object> values) {

    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    /** A {@code yyyy-MM-dd} variable, or {@code null} when missing or not a date. */
    LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A {@code Date} variable (the due date-times), or {@code null}. */
    Instant instant(String name) {
        return values.get(name) instanceof Date date ? date.toInstant() : null;
    }

    String title(String fallback) {
        String title = text(VAR_CYCLE_TITLE);
        return title == null ? fallback : title;
    }

    LocalDate submissionDeadline() {
        return date(VAR_SUBMISSION_DEADLINE);
    }

    /** The agency ids listed at start (the {@code agencies} comma string), in order. */
    List<String> agencyIds() {
        String agencies = text(VAR_AGENCIES);
        if (agencies == null || agencies.isBlank()) {
            return List.of();
        }
        return Arrays.stream(agencies.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
