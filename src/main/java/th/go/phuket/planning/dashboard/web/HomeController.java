package th.go.phuket.planning.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import th.go.phuket.planning.dashboard.ProgressReader;
import th.go.phuket.planning.support.SitePage;

/** The landing page {@code /}: where to go (Tasklist, Cockpit, the dashboard, the outbox) and the cycles running. */
@Controller
@SitePage
public class HomeController {

    private final ProgressReader reader;

    public HomeController(ProgressReader reader) {
        this.reader = reader;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("cycles", reader.cycles());
        return "home";
    }
}
