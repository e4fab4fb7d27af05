package th.go.phuket.planning.plan.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import th.go.phuket.planning.plan.ActionPlan;
import th.go.phuket.planning.plan.ActionPlanReader;
import th.go.phuket.planning.plan.PlanColumns;
import th.go.phuket.planning.plan.PlanProject;
import th.go.phuket.planning.plan.PlanTotal;
import th.go.phuket.planning.plan.PlanTexts;
import th.go.phuket.planning.plan.PlanTotals;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.support.Messages;

/** The plan as a page to read and print: {@code GET /cycles/{cycleId}/action-plan}, in Thai, A4 landscape. */
@Controller
public class ActionPlanPageController {

    /** One summary table of the page: its title and name column (message keys) and whether its lines add up. */
    public record Summary(String titleKey, String nameKey, List<PlanTotal> lines, boolean addsUp) {
    }

    private final ActionPlanReader reader;
    private final FrameworkCatalogue catalogue;

    public ActionPlanPageController(ActionPlanReader reader, FrameworkCatalogue catalogue) {
        this.reader = reader;
        this.catalogue = catalogue;
    }

    @GetMapping("/cycles/{cycleId}/action-plan")
    public String page(@PathVariable String cycleId, Model model) {
        ActionPlan plan = reader.read(cycleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Messages.get("plan.api.cycle.unknown", cycleId)));
        Map<String, List<List<Object>>> rowsByAgency = plan.projects().stream().collect(Collectors.groupingBy(
                PlanProject::agencyNameTh, java.util.LinkedHashMap::new,
                Collectors.mapping(project -> PlanColumns.row(project, catalogue), Collectors.toList())));
        model.addAttribute("plan", plan);
        model.addAttribute("title", PlanTexts.title(plan));
        model.addAttribute("status", PlanTexts.status(plan));
        PlanTotals totals = PlanTotals.of(plan, catalogue);
        model.addAttribute("summaries", List.of(
                new Summary("plan.sheet.goals", "plan.column.goal", totals.byPhuketGoal(), false),
                new Summary("plan.sheet.strategies", "plan.column.strategy", totals.byNationalStrategy(), false),
                new Summary("plan.sheet.agencies", "plan.column.agency", totals.byAgency(), true),
                new Summary("plan.sheet.placements", "plan.column.placement", totals.byPlacement(), true)));
        model.addAttribute("headers", PlanColumns.headers());
        model.addAttribute("rowsByAgency", rowsByAgency);
        model.addAttribute("budgetColumn", PlanColumns.BUDGET);
        return "plan/action-plan";
    }
}
