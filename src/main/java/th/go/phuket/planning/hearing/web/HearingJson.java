package th.go.phuket.planning.hearing.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.hearing.Answer;
import th.go.phuket.planning.hearing.PublicComment;
import th.go.phuket.planning.hearing.PublicPage;

/**
 * {@code GET /api/public/cycles/{cycleId}/hearing} (SPEC): the hearing, its items and every visible comment with
 * its answer. Built field by field from the public view, so an email, a client key or who answered can never slip
 * in. Times are ISO with the Bangkok offset.
 */
public record HearingJson(String cycleId, String title, boolean open, OffsetDateTime opensAt,
                          OffsetDateTime closesAt, List<Item> items, List<Comment> comments) {

    public record Item(String itemId, String kind, String title) {
    }

    public record Comment(String commentId, String itemId, String text, String displayName, String sector,
                          String district, OffsetDateTime createdAt, AnswerJson answer) {
    }

    public record AnswerJson(String status, String text, OffsetDateTime answeredAt) {
    }

    static HearingJson of(PublicPage page) {
        return new HearingJson(page.cycleId(), page.title(), page.open(),
                page.hearing() == null ? null : bangkok(page.hearing().opensAt()), bangkok(page.plannedClose()),
                page.items().stream().map(line -> new Item(line.item().itemId(), line.item().kind(),
                        line.item().title())).toList(),
                page.comments().stream().map(HearingJson::comment).toList());
    }

    private static Comment comment(PublicComment comment) {
        Answer answer = comment.answer();
        return new Comment(comment.commentId(), comment.itemId(), comment.text(), comment.shownName(),
                comment.sector().code(), comment.district(), bangkok(comment.createdAt()),
                answer == null ? null : new AnswerJson(answer.status().code(), answer.text(),
                        bangkok(answer.answeredAt())));
    }

    static OffsetDateTime bangkok(Instant instant) {
        return instant == null ? null : instant.atZone(ThaiDates.BANGKOK).toOffsetDateTime();
    }
}
