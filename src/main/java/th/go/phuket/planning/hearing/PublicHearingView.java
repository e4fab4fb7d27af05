package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Builds {@link PublicPage}: empty when no such cycle was ever started. */
@Component
public class PublicHearingView {

    private final HearingDb db;
    private final HearingStore hearings;
    private final CommentQueries queries;
    private final CycleHearingDates plannedDates;
    private final HearingSettings settings;

    public PublicHearingView(HearingDb db, HearingStore hearings, CommentQueries queries, CycleHearingDates plannedDates,
                             HearingSettings settings) {
        this.db = db;
        this.hearings = hearings;
        this.queries = queries;
        this.plannedDates = plannedDates;
        this.settings = settings;
    }

    /** One page ({@code page} from 1) of the comments on {@code itemId} (all items when null or unknown). */
    public Optional<PublicPage> page(String cycleId, String itemId, int page) {
        return read(cycleId, itemId, page, settings.pageSize());
    }

    /** Every visible comment, for the JSON API. */
    public Optional<PublicPage> all(String cycleId) {
        return read(cycleId, null, 1, -1);
    }

    private Optional<PublicPage> read(String cycleId, String itemId, int page, int pageSize) {
        return db.inTransaction(jdbc -> readNow(cycleId, itemId, page, pageSize));
    }

    private Optional<PublicPage> readNow(String cycleId, String itemId, int page, int pageSize) {
        Optional<Hearing> found = hearings.find(cycleId);
        if (found.isEmpty()) {
            if (!hearings.cycleExists(cycleId)) {
                return Optional.empty();
            }
            Instant planned = plannedDates.hearingDate(cycleId).map(Hearing::closingOf).orElse(null);
            return Optional.of(new PublicPage(cycleId, null, null, PublicPage.State.NOT_YET, planned, List.of(),
                    null, List.of(), 1, 1, 0, 0));
        }
        Hearing hearing = found.get();
        Map<String, Integer> counts = queries.visibleByItem(cycleId);
        List<PublicPage.ItemLine> items = hearings.items(cycleId).stream()
                .map(item -> new PublicPage.ItemLine(item, counts.getOrDefault(item.itemId(), 0))).toList();
        HearingItem selected = itemId == null ? null : items.stream().map(PublicPage.ItemLine::item)
                .filter(item -> item.itemId().equals(itemId)).findFirst().orElse(null);
        int visible = counts.values().stream().mapToInt(Integer::intValue).sum();
        int shown = selected == null ? visible : counts.getOrDefault(selected.itemId(), 0);
        int pages = pageSize < 0 ? 1 : Math.max(1, (shown + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(1, page), pages);
        List<PublicComment> comments = queries.visible(cycleId, selected == null ? null : selected.itemId(),
                pageSize, pageSize < 0 ? 0 : (current - 1) * pageSize);
        return Optional.of(new PublicPage(cycleId, hearing.title(), hearing, state(hearing), hearing.closesAt(), items,
                selected, comments, current, pages, shown, visible));
    }

    private static PublicPage.State state(Hearing hearing) {
        if (hearing.isFinal()) {
            return PublicPage.State.FINAL;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (hearing.isOpen(now)) {
            return PublicPage.State.OPEN;
        }
        return now.isBefore(hearing.opensAt()) ? PublicPage.State.NOT_YET : PublicPage.State.CLOSED;
    }
}
