package th.go.phuket.planning.hearing.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import th.go.phuket.planning.hearing.Answer;
import th.go.phuket.planning.hearing.OfficeComment;
import th.go.phuket.planning.hearing.OfficePage;
import th.go.phuket.planning.hearing.StoredComment;

/** {@code GET /api/cycles/{cycleId}/comments}: every comment as the office works on it (with the email). */
public record OfficeCommentJson(String commentId, String itemId, String text, String name, String displayName,
                                String sector, String district, String email, String status,
                                OffsetDateTime createdAt, Reports reports, AnswerJson answer, List<Event> history) {

    public record Reports(int total, int open, List<String> reasons) {
    }

    public record AnswerJson(String status, String text, String answeredBy, OffsetDateTime answeredAt) {
    }

    public record Event(String action, String detail, String actor, OffsetDateTime at) {
    }

    /** The list: the cycle, its counts and the comments. */
    public record Listing(String cycleId, Map<String, Integer> counts, int unanswered,
                          List<OfficeCommentJson> comments) {
        static Listing of(OfficePage page) {
            return new Listing(page.cycleId(), page.counts(), page.unanswered(),
                    page.comments().stream().map(OfficeCommentJson::of).toList());
        }
    }

    static OfficeCommentJson of(OfficeComment office) {
        StoredComment c = office.comment();
        Answer a = office.answer();
        return new OfficeCommentJson(c.commentId(), c.itemId(), c.text(), c.displayName(),
                c.displayName() == null ? th.go.phuket.planning.support.Messages.get("hearing.anonymous")
                        : c.displayName(), c.sector().code(), c.district(), c.email(), c.status().code(),
                HearingJson.bangkok(c.createdAt()),
                new Reports(office.reports().size(), (int) office.openReports(),
                        office.reports().stream().map(report -> report.reason().code()).toList()),
                a == null ? null : new AnswerJson(a.status().code(), a.text(), a.answeredBy(),
                        HearingJson.bangkok(a.answeredAt())),
                office.history().stream().map(e -> new Event(e.action(), e.detail(), e.actor(),
                        HearingJson.bangkok(e.happenedAt()))).toList());
    }
}
