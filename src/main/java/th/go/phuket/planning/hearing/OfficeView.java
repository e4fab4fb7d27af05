package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link OfficePage}: empty when the cycle's comments never opened. */
@Component
public class OfficeView {

    public static final int PAGE_SIZE = 25;

    private final HearingDb db;
    private final HearingStore hearings;
    private final CommentStore comments;
    private final CommentQueries queries;

    public OfficeView(HearingDb db, HearingStore hearings, CommentStore comments, CommentQueries queries) {
        this.db = db;
        this.hearings = hearings;
        this.comments = comments;
        this.queries = queries;
    }

    /** One page ({@code pageSize} < 0: every comment) under {@code filter}, of one item when it is known. */
    public Optional<OfficePage> page(String cycleId, CommentQueries.OfficeFilter filter, String itemId, int page,
                                     int pageSize) {
        return db.inTransaction(jdbc -> hearings.find(cycleId).map(hearing -> {
            List<HearingItem> items = hearings.items(cycleId);
            HearingItem selected = itemId == null ? null : items.stream()
                    .filter(item -> item.itemId().equals(itemId)).findFirst().orElse(null);
            String item = selected == null ? null : selected.itemId();
            int shown = queries.officeCount(cycleId, filter, item);
            int pages = pageSize < 0 ? 1 : Math.max(1, (shown + pageSize - 1) / pageSize);
            int current = Math.min(Math.max(1, page), pages);
            Map<String, Integer> counts = comments.counts(cycleId);
            return new OfficePage(cycleId, hearing, counts, items, filter, selected,
                    queries.office(cycleId, filter, item, pageSize, pageSize < 0 ? 0 : (current - 1) * pageSize),
                    current, pages, shown);
        }));
    }

    /** The page with only {@code commentId} (a deep link, or the comment whose answer was refused), under ALL. */
    public Optional<OfficePage> single(String cycleId, String commentId) {
        return db.inTransaction(jdbc -> hearings.find(cycleId).map(hearing -> {
            List<OfficeComment> one = queries.officeComment(cycleId, commentId).stream().toList();
            return new OfficePage(cycleId, hearing, comments.counts(cycleId), hearings.items(cycleId),
                    CommentQueries.OfficeFilter.ALL, null, one, 1, 1, one.size());
        }));
    }

    public Optional<OfficeComment> comment(String cycleId, String commentId) {
        return queries.officeComment(cycleId, commentId);
    }
}
