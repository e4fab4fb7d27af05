package th.go.phuket.planning.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code projectScreening} variable: one row per project, numbered from 1 as the agency listed them, with
 * texts ready for the screening form's table (budget with separators, district and plan in Thai) and the codes
 * the consolidated plan reads back ({@code placement}).
 */
public final class ScreeningJson {

    private ScreeningJson() {
    }

    public static String write(List<ScreenedProject> screened) {
        ArrayNode rows = ProjectJson.MAPPER.createArrayNode();
        for (ScreenedProject row : screened) {
            Project project = row.project();
            ObjectNode node = rows.addObject();
            node.put("no", row.number());
            node.put("title", project.title());
            node.put("budgetBaht", project.budgetBaht());
            node.put("budgetText", baht(project.budgetBaht()));
            node.put("responsibleUnit", project.hasResponsibleUnit() ? project.responsibleUnit() : "–");
            node.put("districtText", project.location().map(ProjectLocation::nameTh)
                    .orElse(ProjectLocation.PROVINCE_WIDE.nameTh()));
            node.put("alignmentText", String.join(", ", project.alignment()));
            node.put("placement", row.placement().code());
            node.put("placementText", row.placement().label());
            node.put("reason", row.reason());
        }
        return rows.toString();
    }

    /** The placement codes of the rows, in project order; unreadable rows give {@code null}. */
    public static List<Placement> placements(Object value) {
        List<Placement> placements = new ArrayList<>();
        if (value == null) {
            return placements;
        }
        for (JsonNode row : ProjectJson.tree(value)) {
            placements.add(Placement.fromCode(row.path("placement").asText()).orElse(null));
        }
        return placements;
    }

    /** {@code 1,500,000.00}: baht with thousands separators and satang, as Thai budget tables print it. */
    public static String baht(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
