package th.go.phuket.planning.office.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyBook;
import th.go.phuket.planning.agency.AgencyCategory;
import th.go.phuket.planning.agency.AgencyChange;
import th.go.phuket.planning.agency.AgencyContact;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.AgencyRules;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.web.SiteHeader;

/**
 * {@code /office/agencies}: the agency directory for the strategy office to keep (add an agency, change its names,
 * category, email and contact people, retire it or bring it back, import a CSV or Excel file, download it) and for
 * managers to read, with the latest changes and who made them. The changes are made by the page's script through
 * {@code /api/agencies}.
 */
@Controller
public class AgencyPageController {

    static final int CHANGES_SHOWN = 50;

    /** One agency as the table shows it; {@code json} is what the edit form is filled from. */
    public record Row(Agency agency, String categoryTh, String json) {
    }

    /** A category of the select box. */
    public record Category(String code, String labelTh) {
    }

    /** A line of the change history, with the time in Bangkok. */
    public record ChangeRow(String when, String who, String action, String agencyId, String before, String after) {

        ChangeRow(AgencyChange change) {
            this(ThaiDates.shortDateTime(change.changedAt()), change.changedBy(), change.action(), change.agencyId(),
                    change.before(), change.after());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgencyDirectory directory;
    private final AgencyBook book;
    private final SiteHeader siteHeader;

    public AgencyPageController(AgencyDirectory directory, AgencyBook book, SiteHeader siteHeader) {
        this.directory = directory;
        this.book = book;
        this.siteHeader = siteHeader;
    }

    @GetMapping("/office/agencies")
    public String page(HttpServletRequest request, Model model) {
        model.addAttribute("header", siteHeader.header());
        List<Agency> agencies = directory.all();
        model.addAttribute("rows", agencies.stream().map(a -> new Row(a, a.category().labelTh(), json(a))).toList());
        long active = agencies.stream().filter(Agency::active).count();
        model.addAttribute("activeCount", String.valueOf(active));
        model.addAttribute("retiredCount", String.valueOf(agencies.size() - active));
        model.addAttribute("categories", Arrays.stream(AgencyCategory.values())
                .map(c -> new Category(c.code(), c.labelTh())).toList());
        model.addAttribute("maxContacts", AgencyRules.MAX_CONTACTS);
        model.addAttribute("changes", book.changes(null, CHANGES_SHOWN).stream().map(ChangeRow::new).toList());
        model.addAttribute("user", PageUser.of(request));
        return "office/agencies";
    }

    private static String json(Agency agency) {
        try {
            return JSON.writeValueAsString(Map.of("id", agency.id(), "nameTh", agency.nameTh(),
                    "nameEn", agency.nameEn(), "category", agency.category().code(), "email", agency.email(),
                    "active", agency.active(), "contacts", agency.contacts().stream().map(AgencyPageController::contact)
                            .toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> contact(AgencyContact c) {
        return Map.of("name", c.name(), "position", c.position(), "email", c.email(), "phone", c.phone(),
                "userId", c.userId());
    }
}
