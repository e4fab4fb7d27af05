package th.go.phuket.planning.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The consolidated action plan of a cycle: the agencies whose contributions were accepted and their projects, in the
 * order of the cycle's agencies and of each agency's list. {@code agenciesInvited} tells how complete it is (before
 * {@code Task_ConsolidateDraft} some contributions may still be open).
 */
public record ActionPlan(String cycleId, String cycleTitle, String province, Integer fiscalYear, String planPeriod,
                         Instant generatedAt, int agenciesInvited, List<PlanAgency> agencies,
                         List<PlanProject> projects) {

    public ActionPlan {
        agencies = List.copyOf(agencies);
        projects = List.copyOf(projects);
    }

    public int agenciesAccepted() {
        return agencies.size();
    }

    public BigDecimal totalBudgetBaht() {
        return projects.stream().map(p -> p.project().budgetBaht()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every contribution of the cycle is accepted: the plan is complete. */
    public boolean complete() {
        return agenciesInvited > 0 && agencies.size() == agenciesInvited;
    }
}
