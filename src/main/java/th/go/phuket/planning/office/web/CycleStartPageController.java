package th.go.phuket.planning.office.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import th.go.phuket.planning.dashboard.web.SiteHeader;

/**
 * {@code /office/cycles/new}: the strategy office opens a cycle. As the dates are typed, the page shows what the cycle
 * will be ({@code GET /api/cycles/defaults}: fiscal year, plan period, title, the other dates, the agencies, the
 * years without holidays) before anything starts; the start itself is {@code POST /api/cycles}, the same checks as
 * every other path.
 */
@Controller
public class CycleStartPageController {

    private final SiteHeader siteHeader;

    public CycleStartPageController(SiteHeader siteHeader) {
        this.siteHeader = siteHeader;
    }

    @GetMapping("/office/cycles/new")
    public String page(HttpServletRequest request, Model model) {
        model.addAttribute("header", siteHeader.header());
        model.addAttribute("user", PageUser.of(request));
        return "office/cycle-start";
    }
}
