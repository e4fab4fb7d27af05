package th.go.phuket.planning.plan;

import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.proposal.ScreeningJson;
import th.go.phuket.planning.support.Messages;

/** The headings every form of the plan carries: its title and how complete it is, dates in B.E. */
public final class PlanTexts {

    private PlanTexts() {
    }

    /** {@code แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 จังหวัดภูเก็ต} */
    public static String title(ActionPlan plan) {
        return Messages.get("plan.title", plan.fiscalYear() == null ? "–" : String.valueOf(plan.fiscalYear()),
                plan.province() == null ? "" : plan.province());
    }

    /** When the data was read, how many agencies are in, and the plan's size and budget. */
    public static String status(ActionPlan plan) {
        String status = Messages.get("plan.status", ThaiDates.shortDateTime(plan.generatedAt()),
                plan.agenciesAccepted(), plan.agenciesInvited(), plan.projects().size(),
                ScreeningJson.baht(plan.totalBudgetBaht()));
        return plan.complete() ? status : status + " " + Messages.get("plan.status.partial");
    }

    /** {@code action-plan-phuket-2563}, the name of downloaded files. */
    public static String fileName(ActionPlan plan) {
        return "action-plan-" + plan.cycleId().replaceAll("[^A-Za-z0-9-]", "_");
    }
}
