package th.go.phuket.planning.mail.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxQueries;
import th.go.phuket.planning.support.SitePage;

/**
 * {@code /outbox}: the emails the app wrote, newest first, with their delivery status (Thai first), in the site's
 * layout (its header shows the engine's date, see {@code dashboard/web/SiteHeader}).
 */
@Controller
@SitePage
public class OutboxPageController {

    private final OutboxQueries outbox;

    public OutboxPageController(OutboxQueries outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    public String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String cycleId, Model model) {
        EmailKind selected;
        try {
            selected = OutboxController.kind(kind);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            selected = null;
        }
        model.addAttribute("entries", outbox.list(new OutboxQueries.Filter(selected, to, cycleId,
                OutboxQueries.DEFAULT_LIMIT)));
        Map<String, Integer> counts = new HashMap<>();
        outbox.countByStatus().forEach((status, count) -> counts.put(status.name(), count));
        model.addAttribute("counts", counts);
        model.addAttribute("kinds", Arrays.asList(EmailKind.values()));
        model.addAttribute("kind", selected == null ? "" : selected.name());
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("cycleId", cycleId == null ? "" : cycleId);
        model.addAttribute("dates", new Dates());
        return "outbox";
    }

    static String thaiDateTime(Instant instant) {
        ZonedDateTime time = instant.atZone(ThaiDates.BANGKOK);
        return ThaiDates.shortDate(time.toLocalDate()) + " " + String.format("%02d:%02d น.", time.getHour(),
                time.getMinute());
    }

    /** Used by the template: {@code ${dates.text(entry.createdAt)}}. */
    public static final class Dates {
        public String text(Instant instant) {
            return instant == null ? "" : thaiDateTime(instant);
        }
    }
}
