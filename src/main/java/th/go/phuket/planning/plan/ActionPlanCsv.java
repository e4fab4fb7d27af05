package th.go.phuket.planning.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.support.Messages;

/**
 * The plan as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel shows Thai): the project table with Thai
 * headers and a total line, then, after a blank line each, the summaries per Phuket goal, per national strategy, per
 * agency and per suggested plan, each under its own header. Amounts are plain numbers ({@code 1500000.00}).
 */
public class ActionPlanCsv {

    private static final String BOM = "\uFEFF";
    private static final String NEWLINE = "\r\n";
    /** A text a spreadsheet would run as a formula (an agency typed it): kept as text with a leading quote. */
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\\t\\r]");

    private final FrameworkCatalogue catalogue;

    public ActionPlanCsv(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void write(ActionPlan plan, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        line(writer, List.of(PlanTexts.title(plan)));
        line(writer, List.of(PlanTexts.status(plan)));
        writer.write(NEWLINE);
        line(writer, PlanColumns.headers());
        for (PlanProject project : plan.projects()) {
            line(writer, PlanColumns.row(project, catalogue));
        }
        line(writer, List.of("", Messages.get("plan.total.all", plan.projects().size()), "", "",
                plan.totalBudgetBaht()));
        PlanTotals totals = PlanTotals.of(plan, catalogue);
        summary(writer, plan, "plan.sheet.goals", "plan.column.goal", totals.byPhuketGoal());
        summary(writer, plan, "plan.sheet.strategies", "plan.column.strategy", totals.byNationalStrategy());
        summary(writer, plan, "plan.sheet.agencies", "plan.column.agency", totals.byAgency());
        summary(writer, plan, "plan.sheet.placements", "plan.column.placement", totals.byPlacement());
        writer.flush();
    }

    private static void summary(Writer writer, ActionPlan plan, String titleKey, String nameKey,
                                List<PlanTotal> totals) throws IOException {
        writer.write(NEWLINE);
        line(writer, List.of(Messages.get(titleKey)));
        line(writer, List.of(Messages.get("plan.column.code"), Messages.get(nameKey),
                Messages.get("plan.column.projects"), Messages.get("plan.column.budgetBaht")));
        for (PlanTotal total : totals) {
            line(writer, List.of(total.key(), total.label(), total.projects(), total.budgetBaht()));
        }
        line(writer, List.of("", Messages.get("plan.total.distinct"), plan.projects().size(), plan.totalBudgetBaht()));
    }

    private static void line(Writer writer, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values.get(i)));
        }
        writer.write(NEWLINE);
    }

    private static String field(Object value) {
        String text = value == null ? ""
                : value instanceof BigDecimal amount ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : value instanceof String given && FORMULA_START.matcher(given).lookingAt() ? "'" + given
                : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
