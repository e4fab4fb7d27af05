package th.go.phuket.planning.hearing;

import java.util.List;
import java.util.Map;

/** The office's view of a cycle's comments: counts, the items, and one page of comments under a filter. */
public record OfficePage(String cycleId, Hearing hearing, Map<String, Integer> counts, List<HearingItem> items,
                         CommentQueries.OfficeFilter filter, HearingItem selected, List<OfficeComment> comments,
                         int page, int pages, int shown) {

    public String itemTitle(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst().map(HearingItem::title)
                .orElse(itemId);
    }

    public int unanswered() {
        return counts.get(CommentStatus.VISIBLE.code()) - counts.get("answered");
    }
}
