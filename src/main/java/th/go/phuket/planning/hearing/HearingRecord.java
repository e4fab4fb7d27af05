package th.go.phuket.planning.hearing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record of a cycle's hearing for the committee and the public: the window, the forum (day, venue, attendees
 * by sector, the office's summary), the visible comments counted by sector, district, item and answer, and every
 * visible comment with its answer. Names only as given, never an email.
 */
public record HearingRecord(Hearing hearing, Forum forum, List<Line> bySector, List<Line> byDistrict,
                            List<Line> byItem, List<Line> byAnswer, List<PublicComment> comments,
                            Map<String, String> itemTitles, int hiddenOrRemoved, Instant asOf) {

    /** A count with its label (Thai) and key (the code). */
    public record Line(String key, String label, int count) {
    }

    /** The forum as the office recorded it in Task_PrepareHearing and Task_SummariseHearing (null until then). */
    public record Forum(java.time.LocalDate date, String venue, List<Line> attendees, Integer attendeeCount,
                        String summary) {
    }

    public int total() {
        return comments.size();
    }

    public String itemTitle(String itemId) {
        return itemTitles.getOrDefault(itemId, itemId);
    }
}
