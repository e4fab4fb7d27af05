package th.go.phuket.planning.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.support.CsvWriter;
import th.go.phuket.planning.support.Messages;

/**
 * The plan as CSV ({@link CsvWriter}: RFC 4180, UTF-8 with a byte-order mark so Excel shows Thai, formula-safe):
 * the project table with Thai headers and a total line, then, after a blank line each, the summaries per Phuket
 * goal, per national strategy, per agency and per suggested plan, each under its own header. Amounts are plain
 * numbers ({@code 1500000.00}).
 */
@Component
public class ActionPlanCsv {

    private final FrameworkCatalogue catalogue;

    public ActionPlanCsv(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void write(ActionPlan plan, OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        line(csv, List.of(PlanTexts.title(plan)));
        line(csv, List.of(PlanTexts.status(plan)));
        csv.blankLine();
        line(csv, PlanColumns.headers());
        for (PlanProject project : plan.projects()) {
            line(csv, PlanColumns.row(project, catalogue));
        }
        line(csv, List.of("", Messages.get("plan.total.all", plan.projects().size()), "", "",
                plan.totalBudgetBaht()));
        PlanTotals totals = PlanTotals.of(plan, catalogue);
        summary(csv, plan, "plan.sheet.goals", "plan.column.goal", totals.byPhuketGoal());
        summary(csv, plan, "plan.sheet.strategies", "plan.column.strategy", totals.byNationalStrategy());
        summary(csv, plan, "plan.sheet.agencies", "plan.column.agency", totals.byAgency());
        summary(csv, plan, "plan.sheet.placements", "plan.column.placement", totals.byPlacement());
        csv.flush();
    }

    private static void summary(CsvWriter csv, ActionPlan plan, String titleKey, String nameKey,
                                List<PlanTotal> totals) throws IOException {
        csv.blankLine();
        line(csv, List.of(Messages.get(titleKey)));
        line(csv, List.of(Messages.get("plan.column.code"), Messages.get(nameKey),
                Messages.get("plan.column.projects"), Messages.get("plan.column.budgetBaht")));
        for (PlanTotal total : totals) {
            line(csv, List.of(total.key(), total.label(), total.projects(), total.budgetBaht()));
        }
        line(csv, List.of("", Messages.get("plan.total.distinct"), plan.projects().size(), plan.totalBudgetBaht()));
    }

    /** Amounts in baht and satang ({@code 1500000.00}), whatever scale they were computed with. */
    private static void line(CsvWriter csv, List<?> values) throws IOException {
        csv.row(values.stream().map(value -> value instanceof BigDecimal amount
                ? amount.setScale(2, RoundingMode.HALF_UP) : value).toList());
    }
}
