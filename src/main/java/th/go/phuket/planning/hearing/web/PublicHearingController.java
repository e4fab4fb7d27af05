package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import th.go.phuket.planning.hearing.AnswerStatus;
import th.go.phuket.planning.hearing.CommentInput;
import th.go.phuket.planning.hearing.CommentIntake;
import th.go.phuket.planning.hearing.CommentOutcome;
import th.go.phuket.planning.hearing.CommentReports;
import th.go.phuket.planning.hearing.CommentRules;
import th.go.phuket.planning.hearing.Districts;
import th.go.phuket.planning.hearing.PublicHearingView;
import th.go.phuket.planning.hearing.PublicPage;
import th.go.phuket.planning.hearing.ReportReason;
import th.go.phuket.planning.hearing.Sector;
import th.go.phuket.planning.support.Messages;

/**
 * {@code /hearing/{cycleId}}: the public page, no login, Thai first. Every action is a plain form POST answered by a
 * redirect (works without JavaScript); {@code hearing.js} sends the same forms to the JSON API when it can.
 */
@Controller
public class PublicHearingController {

    /** Scripts, styles and forms only from this site: a comment that smuggled markup still could not run. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final PublicHearingView view;
    private final CommentIntake intake;
    private final CommentReports reports;
    private final ClientAddress clientAddress;
    private final Districts districts;

    public PublicHearingController(PublicHearingView view, CommentIntake intake, CommentReports reports,
                                   ClientAddress clientAddress, CommentRules rules) {
        this.view = view;
        this.intake = intake;
        this.reports = reports;
        this.clientAddress = clientAddress;
        this.districts = rules.districts();
    }

    @GetMapping("/hearing/{cycleId}")
    public String page(@PathVariable String cycleId, @RequestParam(required = false) String item,
                       @RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String posted,
                       @RequestParam(required = false) String reported, Model model, HttpServletResponse response) {
        model.addAttribute("posted", posted != null);
        model.addAttribute("postedId", posted);
        model.addAttribute("reported", reported);
        return render(cycleId, item, pageNumber(page), model, response, Map.of(), new LinkedHashMap<>());
    }

    @PostMapping(path = "/hearing/{cycleId}", consumes = "application/x-www-form-urlencoded")
    public String comment(@PathVariable String cycleId, @RequestParam MultiValueMap<String, String> form,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> fields = new LinkedHashMap<>(form.toSingleValueMap());
        CommentOutcome outcome = intake.post(cycleId, CommentInput.of(fields), clientAddress.of(request));
        if (outcome instanceof CommentOutcome.Accepted accepted) {
            return "redirect:" + UriComponentsBuilder.fromPath("/hearing/{cycleId}").queryParam("posted",
                    accepted.commentId()).fragment("c-" + accepted.commentId()).buildAndExpand(cycleId).toUriString();
        }
        fields.remove("website");
        Map<String, String> errors = new LinkedHashMap<>();
        HttpStatus status = Problems.formErrors(outcome, errors);
        if (outcome instanceof CommentOutcome.TooMany tooMany) {
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        }
        String view = render(cycleId, form.getFirst("itemId"), 1, model, response, fields, errors);
        response.setStatus(status.value());
        return view;
    }

    @PostMapping(path = "/hearing/{cycleId}/comments/{commentId}/report",
            consumes = "application/x-www-form-urlencoded")
    public String report(@PathVariable String cycleId, @PathVariable String commentId,
                         @RequestParam(required = false) String reason, @RequestParam(required = false) String item,
                         @RequestParam(required = false) String page, HttpServletRequest request) {
        CommentReports.Outcome outcome = reports.report(commentId, reason, clientAddress.of(request));
        if (!outcome.found()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.get("hearing.comment.unknownPublic",
                    commentId));
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/hearing/{cycleId}").queryParam("reported",
                commentId);
        Optional.ofNullable(item).filter(value -> !value.isBlank()).ifPresent(value -> back.queryParam("item", value));
        Optional.ofNullable(page).filter(value -> !value.isBlank()).ifPresent(value -> back.queryParam("page", value));
        return "redirect:" + back.fragment("c-" + commentId).buildAndExpand(cycleId).encode().toUriString();
    }

    private String render(String cycleId, String item, int page, Model model, HttpServletResponse response,
                          Map<String, Object> values, Map<String, String> errors) {
        PublicPage found = view.page(cycleId, item == null || item.isBlank() ? null : item, page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        Messages.get("hearing.cycle.unknown", cycleId)));
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        model.addAttribute("hearingPage", found);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("districts", districts.names());
        model.addAttribute("answerStatuses", AnswerStatus.values());
        model.addAttribute("reportReasons", ReportReason.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formItem", values.getOrDefault("itemId", found.selected() == null ? "general"
                : found.selected().itemId()));
        return "hearing/public";
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
