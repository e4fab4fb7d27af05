package th.go.phuket.planning.mail.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.OutboxEntry;
import th.go.phuket.planning.mail.OutboxQueries;
import th.go.phuket.planning.support.SitePage;

/**
 * {@code /outbox}: the emails the app wrote, newest first, with their delivery status (Thai first), in the site's
 * layout (its header shows the engine's date, see {@code dashboard/web/SiteHeader}); a FAILED email has a "send
 * again" button for those who may change things (the strategy office, administrators).
 */
@Controller
@SitePage
public class OutboxPageController {

    private final OutboxQueries outbox;
    private final IdentityService identityService;

    public OutboxPageController(OutboxQueries outbox, IdentityService identityService) {
        this.outbox = outbox;
        this.identityService = identityService;
    }

    @GetMapping("/outbox")
    public String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String cycleId, @RequestParam(required = false) String status,
                       HttpServletRequest request, Model model) {
        EmailKind selected = null;
        OutboxEntry.Status selectedStatus = null;
        try {
            selected = OutboxController.kind(kind);
            selectedStatus = OutboxController.status(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("entries", outbox.list(new OutboxQueries.Filter(selected, to, cycleId, selectedStatus,
                OutboxQueries.DEFAULT_LIMIT)));
        model.addAttribute("statuses", Arrays.asList(OutboxEntry.Status.values()));
        model.addAttribute("status", selectedStatus == null ? "" : selectedStatus.name());
        model.addAttribute("canSendAgain", mayChangeThings());
        model.addAttribute("csrfToken", csrfToken(request));
        Map<String, Integer> counts = new HashMap<>();
        outbox.countByStatus().forEach((each, count) -> counts.put(each.name(), count));
        model.addAttribute("counts", counts);
        model.addAttribute("kinds", Arrays.asList(EmailKind.values()));
        model.addAttribute("kind", selected == null ? "" : selected.name());
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("cycleId", cycleId == null ? "" : cycleId);
        model.addAttribute("dates", new Dates());
        return "outbox";
    }

    /**
     * Whether the signed-in user may send an email again: the page only offers what the API allows (a change under
     * {@code /api} is for the strategy office and administrators, security/ApiAccessPolicy), reading the user's
     * groups from the engine, where the login filter put them for this request.
     */
    private boolean mayChangeThings() {
        Authentication user = identityService.getCurrentAuthentication();
        return user != null && user.getGroupIds() != null
                && (user.getGroupIds().contains(GroupIds.STRATEGY_OFFICE) || user.getGroupIds().contains(GroupIds.ADMIN));
    }

    /**
     * The Camunda webapps' CSRF token of the signed-in session, which a change made with that login must carry
     * ({@code X-XSRF-TOKEN}, see security/ApiAuthenticationFilter); empty for HTTP Basic callers.
     */
    private static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token == null ? "" : token.toString();
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
