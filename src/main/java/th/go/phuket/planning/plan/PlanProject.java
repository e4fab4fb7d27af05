package th.go.phuket.planning.plan;

import th.go.phuket.planning.proposal.Placement;
import th.go.phuket.planning.proposal.Project;

/**
 * An accepted project in the consolidated plan: numbered from 1 across the plan, with the agency that proposed it
 * and the plan the screening suggested ({@code null} when the contribution has no screening record).
 */
public record PlanProject(int number, String agencyId, String agencyNameTh, String agencyCategory, Project project,
                          Placement placement) {
}
