package th.go.phuket.planning.hearing;

import java.time.Instant;
import java.util.List;

/**
 * What the public page and the JSON API show of a cycle's hearing: its state, the items with their comment counts,
 * and one page of visible comments (all of them for the API).
 */
public record PublicPage(String cycleId, String title, Hearing hearing, State state, Instant plannedClose,
                         List<ItemLine> items, HearingItem selected, List<PublicComment> comments, int page,
                         int pages, int shown, int visibleTotal) {

    /** Where the window stands: before the draft is published, open, closed (answers go on), final. */
    public enum State { NOT_YET, OPEN, CLOSED, FINAL }

    /** An item and how many visible comments it has. */
    public record ItemLine(HearingItem item, int comments) {
    }

    public boolean open() {
        return state == State.OPEN;
    }

    public String itemTitle(String itemId) {
        return items.stream().filter(line -> line.item().itemId().equals(itemId)).findFirst()
                .map(line -> line.item().title()).orElse(itemId);
    }

    public List<ItemLine> itemsOfKind(String kind) {
        return items.stream().filter(line -> line.item().kind().equals(kind)).toList();
    }
}
