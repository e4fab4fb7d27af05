package th.go.phuket.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.FrameworkItem;
import th.go.phuket.planning.proposal.ProjectLocation;
import th.go.phuket.planning.support.Messages;

/**
 * The columns of the plan's project table, the same in the XLSX, the CSV and the printable page: Thai headers, and
 * per project the number, texts, the budget ({@link java.math.BigDecimal}, baht) and the B.E. fiscal year
 * ({@link Integer}).
 */
public final class PlanColumns {

    public static final List<String> KEYS = List.of("no", "agency", "title", "objective", "budgetBaht",
            "responsibleUnit", "location", "fiscalYear", "phuketGoals", "nationalStrategies", "otherAlignment",
            "placement");
    public static final int BUDGET = KEYS.indexOf("budgetBaht");
    public static final int FISCAL_YEAR = KEYS.indexOf("fiscalYear");

    private static final Set<String> OWN_COLUMNS =
            Set.of(FrameworkCatalogue.PHUKET_GOALS, FrameworkCatalogue.NATIONAL_STRATEGY);

    private PlanColumns() {
    }

    /** {@code ลำดับ, หน่วยงานที่เสนอ, ชื่อโครงการ, …} */
    public static List<String> headers() {
        return KEYS.stream().map(key -> Messages.get("plan.column." + key)).toList();
    }

    public static List<Object> row(PlanProject planned, FrameworkCatalogue catalogue) {
        var project = planned.project();
        List<Object> row = new ArrayList<>();
        row.add(planned.number());
        row.add(planned.agencyNameTh());
        row.add(project.title());
        row.add(orEmpty(project.objective()));
        row.add(project.budgetBaht());
        row.add(orEmpty(project.responsibleUnit()));
        row.add(project.location().map(ProjectLocation::nameTh).orElse(ProjectLocation.PROVINCE_WIDE.nameTh()));
        row.add(project.fiscalYear());
        row.add(labels(project.alignedTo(FrameworkCatalogue.PHUKET_GOALS, catalogue), catalogue));
        row.add(labels(project.alignedTo(FrameworkCatalogue.NATIONAL_STRATEGY, catalogue), catalogue));
        row.add(String.join(", ", project.alignment().stream()
                .filter(code -> catalogue.find(code).map(item -> !OWN_COLUMNS.contains(item.framework())).orElse(true))
                .toList()));
        row.add(planned.placement() == null ? Messages.get("plan.placement.none") : planned.placement().label());
        return row;
    }

    /** {@code PKT-M2 ศูนย์กลางการแพทย์และสุขภาพ; PKT-M3 การพัฒนากำลังคน} */
    private static String labels(List<String> codes, FrameworkCatalogue catalogue) {
        return String.join("; ", codes.stream().map(code -> catalogue.find(code)
                .map(FrameworkItem::titleTh).map(title -> code + " " + title).orElse(code)).toList());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
