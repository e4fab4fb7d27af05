package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import th.go.phuket.planning.hearing.AnswerStatus;
import th.go.phuket.planning.hearing.CommentQueries;
import th.go.phuket.planning.hearing.ModerationAction;
import th.go.phuket.planning.hearing.OfficeDesk;
import th.go.phuket.planning.hearing.OfficeOutcome;
import th.go.phuket.planning.hearing.OfficePage;
import th.go.phuket.planning.hearing.OfficeView;
import th.go.phuket.planning.security.ApiAuthenticationFilter;
import th.go.phuket.planning.support.Messages;
import th.go.phuket.planning.support.SitePage;

/**
 * {@code /cycles/{cycleId}/comments}: the strategy office answers and moderates the public's comments (managers
 * read). Plain forms with the webapps' CSRF token as a field, each answered by a redirect back to the comment.
 */
@Controller
@SitePage
public class OfficeCommentsPageController {

    private final OfficeView view;
    private final OfficeDesk desk;

    public OfficeCommentsPageController(OfficeView view, OfficeDesk desk) {
        this.view = view;
        this.desk = desk;
    }

    @GetMapping("/cycles/{cycleId}/comments")
    public String page(@PathVariable String cycleId, @RequestParam(defaultValue = "unanswered") String filter,
                       @RequestParam(required = false) String item, @RequestParam(defaultValue = "1") String page,
                       @RequestParam(required = false) String done, @RequestParam(required = false) String comment,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!OfficeRights.mayRead(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.get("hearing.forbidden",
                    OfficeRights.userId(request)));
        }
        model.addAttribute("done", done);
        return render(cycleId, filter, item, number(page), model, request, Map.of(), Map.of(), null, comment);
    }

    @PostMapping("/cycles/{cycleId}/comments/{commentId}/answer")
    public String answer(@PathVariable String cycleId, @PathVariable String commentId,
                         @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        requireWriter(request);
        OfficeOutcome outcome = desk.answer(cycleId, commentId, form.get("status"), form.get("text"),
                OfficeRights.userId(request));
        return after(cycleId, commentId, form, outcome, model, request, response);
    }

    @PostMapping("/cycles/{cycleId}/comments/{commentId}/moderation")
    public String moderate(@PathVariable String cycleId, @PathVariable String commentId,
                           @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        requireWriter(request);
        OfficeOutcome outcome = desk.moderate(cycleId, commentId, form.get("action"), form.get("reason"),
                OfficeRights.userId(request));
        return after(cycleId, commentId, form, outcome, model, request, response);
    }

    private String after(String cycleId, String commentId, Map<String, String> form, OfficeOutcome outcome,
                         Model model, HttpServletRequest request, HttpServletResponse response) {
        String filter = form.getOrDefault("filter", "unanswered");
        if (outcome instanceof OfficeOutcome.Done) {
            UriComponentsBuilder back = UriComponentsBuilder.fromPath("/cycles/{cycleId}/comments")
                    .queryParam("filter", filter).queryParam("done", commentId);
            if (form.get("item") != null && !form.get("item").isBlank()) {
                back.queryParam("item", form.get("item"));
            }
            return "redirect:" + back.fragment("c-" + commentId).buildAndExpand(cycleId).encode().toUriString();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        HttpStatus status = Problems.formErrors(outcome, errors);
        // the refused comment alone, with what was typed and why it was refused (it may be on no page of the filter)
        String page = render(cycleId, filter, form.get("item"), 1, model, request, form, errors, commentId, commentId);
        response.setStatus(status.value());
        return page;
    }

    private String render(String cycleId, String filter, String item, int page, Model model,
                          HttpServletRequest request, Map<String, String> values, Map<String, String> errors,
                          String errorComment, String only) {
        CommentQueries.OfficeFilter chosen = OfficeFilters.parse(filter);
        OfficePage found = (only != null && !only.isBlank() ? view.single(cycleId, only)
                : view.page(cycleId, chosen, item == null || item.isBlank() ? null : item, page, OfficeView.PAGE_SIZE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        Messages.get("hearing.cycle.unknown", cycleId)));
        model.addAttribute("single", only != null && !only.isBlank());
        model.addAttribute("office", found);
        model.addAttribute("filterCode", OfficeFilters.code(chosen));
        model.addAttribute("filters", Arrays.stream(CommentQueries.OfficeFilter.values()).map(OfficeFilters::code)
                .toList());
        model.addAttribute("answerStatuses", AnswerStatus.values());
        model.addAttribute("actions", ModerationAction.values());
        model.addAttribute("canWrite", OfficeRights.mayWrite(request));
        model.addAttribute("csrfField", ApiAuthenticationFilter.CSRF_FIELD);
        model.addAttribute("csrfToken", csrfToken(request));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("errorComment", errorComment);
        return "hearing/office";
    }

    private static void requireWriter(HttpServletRequest request) {
        if (!OfficeRights.mayWrite(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.get("hearing.forbidden",
                    OfficeRights.userId(request)));
        }
    }

    private static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token == null ? "" : token.toString();
    }

    private static int number(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
