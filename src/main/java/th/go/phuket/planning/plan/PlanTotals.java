package th.go.phuket.planning.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.FrameworkItem;
import th.go.phuket.planning.proposal.Placement;
import th.go.phuket.planning.support.Messages;

/**
 * The summaries of a plan: per Phuket goal and per national strategy (every code of the catalogue, also those no
 * project names; a project aligned to two goals counts in both), per agency and per suggested plan (each project
 * once, so these add up to the plan's total).
 */
public final class PlanTotals {

    private final List<PlanTotal> byPhuketGoal;
    private final List<PlanTotal> byNationalStrategy;
    private final List<PlanTotal> byAgency;
    private final List<PlanTotal> byPlacement;

    private PlanTotals(List<PlanTotal> byPhuketGoal, List<PlanTotal> byNationalStrategy, List<PlanTotal> byAgency,
                       List<PlanTotal> byPlacement) {
        this.byPhuketGoal = byPhuketGoal;
        this.byNationalStrategy = byNationalStrategy;
        this.byAgency = byAgency;
        this.byPlacement = byPlacement;
    }

    public static PlanTotals of(ActionPlan plan, FrameworkCatalogue catalogue) {
        return new PlanTotals(byCode(plan, catalogue, FrameworkCatalogue.PHUKET_GOALS),
                byCode(plan, catalogue, FrameworkCatalogue.NATIONAL_STRATEGY), byAgency(plan), byPlacement(plan));
    }

    public List<PlanTotal> byPhuketGoal() {
        return byPhuketGoal;
    }

    public List<PlanTotal> byNationalStrategy() {
        return byNationalStrategy;
    }

    public List<PlanTotal> byAgency() {
        return byAgency;
    }

    public List<PlanTotal> byPlacement() {
        return byPlacement;
    }

    private static List<PlanTotal> byCode(ActionPlan plan, FrameworkCatalogue catalogue, String framework) {
        Map<String, PlanTotal> totals = new LinkedHashMap<>();
        for (FrameworkItem item : catalogue.byFramework(framework)) {
            totals.put(item.code(), new PlanTotal(item.code(), item.titleTh(), 0, BigDecimal.ZERO));
        }
        String none = "–";
        for (PlanProject project : plan.projects()) {
            List<String> codes = project.project().alignedTo(framework, catalogue);
            for (String code : codes.isEmpty() ? List.of(none) : codes) {
                totals.computeIfAbsent(code, key -> new PlanTotal(none, Messages.get("plan.total.notAligned"), 0,
                        BigDecimal.ZERO));
                totals.computeIfPresent(code, (key, total) -> total.plus(project.project().budgetBaht()));
            }
        }
        return List.copyOf(totals.values());
    }

    /** Every accepted agency, also one that proposed no project. */
    private static List<PlanTotal> byAgency(ActionPlan plan) {
        Map<String, PlanTotal> totals = new LinkedHashMap<>();
        for (PlanAgency agency : plan.agencies()) {
            totals.put(agency.id(), new PlanTotal(agency.id(), agency.nameTh(), 0, BigDecimal.ZERO));
        }
        group(plan, PlanProject::agencyId, PlanProject::agencyNameTh).forEach(total -> totals.put(total.key(), total));
        return List.copyOf(totals.values());
    }

    private static List<PlanTotal> byPlacement(ActionPlan plan) {
        Map<String, PlanTotal> totals = new LinkedHashMap<>();
        for (Placement placement : Placement.values()) {
            totals.put(placement.code(), new PlanTotal(placement.code(), placement.label(), 0, BigDecimal.ZERO));
        }
        List<PlanTotal> grouped = group(plan, p -> p.placement() == null ? "–" : p.placement().code(),
                p -> p.placement() == null ? Messages.get("plan.placement.none") : p.placement().label());
        grouped.forEach(total -> totals.put(total.key(), total));
        return List.copyOf(totals.values());
    }

    private static List<PlanTotal> group(ActionPlan plan, Function<PlanProject, String> key,
                                         Function<PlanProject, String> label) {
        Map<String, PlanTotal> totals = new LinkedHashMap<>();
        for (PlanProject project : plan.projects()) {
            totals.computeIfAbsent(key.apply(project), k -> new PlanTotal(k, label.apply(project), 0, BigDecimal.ZERO));
            totals.computeIfPresent(key.apply(project), (k, total) -> total.plus(project.project().budgetBaht()));
        }
        return new ArrayList<>(totals.values());
    }
}
