package th.go.phuket.planning.plan;

import java.math.BigDecimal;

/** One line of a summary: a goal, a strategy, an agency or a plan, its projects and their budget in baht. */
public record PlanTotal(String key, String label, int projects, BigDecimal budgetBaht) {

    PlanTotal plus(BigDecimal budget) {
        return new PlanTotal(key, label, projects + 1, budgetBaht.add(budget));
    }
}
