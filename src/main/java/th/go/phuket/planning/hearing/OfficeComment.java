package th.go.phuket.planning.hearing;

import java.time.Instant;
import java.util.List;

/** A comment as the office works on it: the email (with consent), its reports, its answer and its history. */
public record OfficeComment(StoredComment comment, Answer answer, List<Report> reports, List<Event> history) {

    public record Report(ReportReason reason, Instant reportedAt, boolean reviewed) {
    }

    public record Event(String action, String detail, String actor, Instant happenedAt) {
    }

    public long openReports() {
        return reports.stream().filter(report -> !report.reviewed()).count();
    }
}
