package th.go.phuket.planning.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The {@code projects} variable as JSON: {@code [{title, objective, budgetBaht, responsibleUnit, district,
 * fiscalYear, alignment: [codes]}]}. Reads what forms and clients send (Spin JSON as Tasklist stores it, JSON text,
 * lists of maps from the Java API and engine REST) and writes the clean form, budgets as plain numbers
 * ({@code 1500000}, never {@code 1.5E+6}).
 */
public final class ProjectJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ProjectJson() {
    }

    /**
     * The given value as a JSON tree.
     *
     * @throws IllegalArgumentException when a text is not JSON
     */
    public static JsonNode tree(Object value) {
        if (value instanceof SpinJsonNode spin) {
            return tree(spin.toString());
        }
        if (value instanceof String text) {
            try {
                return MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return MAPPER.valueToTree(value);
    }

    public static String write(List<Project> projects) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Project project : projects) {
            ObjectNode node = array.addObject();
            node.put("title", project.title());
            putIfPresent(node, "objective", project.objective());
            node.put("budgetBaht", project.budgetBaht());
            putIfPresent(node, "responsibleUnit", project.responsibleUnit());
            putIfPresent(node, "district", project.district());
            if (project.fiscalYear() != null) {
                node.put("fiscalYear", project.fiscalYear());
            }
            ArrayNode codes = node.putArray("alignment");
            project.alignment().forEach(codes::add);
        }
        return array.toString();
    }

    /**
     * Projects stored in their clean form (as {@link ProjectChecks} leaves them). Read leniently, since a variable
     * can also be edited in Cockpit: what is missing or not a number becomes empty or zero, and the screening
     * decides what an incomplete project needs.
     */
    public static List<Project> read(Object value) {
        List<Project> projects = new ArrayList<>();
        if (value == null || value instanceof String text && text.isBlank()) {
            return projects;
        }
        for (JsonNode node : tree(value)) {
            if (node.isObject()) {
                projects.add(new Project(text(node, "title", ""), text(node, "objective", null),
                        budget(node.path("budgetBaht")), text(node, "responsibleUnit", null),
                        text(node, "district", null), node.path("fiscalYear").canConvertToInt()
                                && node.path("fiscalYear").isNumber() ? node.path("fiscalYear").intValue() : null,
                        codes(node.path("alignment"))));
            }
        }
        return projects;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String text(JsonNode node, String key, String missing) {
        JsonNode value = node.path(key);
        return value.isTextual() || value.isNumber() ? value.asText() : missing;
    }

    private static BigDecimal budget(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.asText().replace(",", "").strip()) : BigDecimal.ZERO;
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static List<String> codes(JsonNode value) {
        List<String> codes = new ArrayList<>();
        value.forEach(code -> {
            if (code.isTextual()) {
                codes.add(code.asText());
            }
        });
        return codes;
    }
}
