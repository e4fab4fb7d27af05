package th.go.phuket.planning.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Makes {@code bpmn/agency-review.form} from its template, {@value #TEMPLATE}: the template's one project slot,
 * {@code Group_project{n}}, becomes {@link ProjectSlots#SLOTS} slots ({@code {n}} replaced by the slot's number);
 * every slot's district list offers the places of {@link ProjectLocation} and its alignment tag list every code of
 * {@code data/frameworks.csv}, labelled {@code ยุทธศาสตร์ชาติด้านความมั่นคง (NS1) / National security}; the count
 * field allows up to the number of slots and the hint says it ({@code {slots}}). Edit the template (the form with
 * one slot and empty lists), never the form, then regenerate:
 * {@code ./mvnw -q -o test -Dtest=AgencyReviewFormTest -Dregenerate}.
 */
final class AgencyReviewForm {

    static final String TEMPLATE = "src/test/resources/forms/agency-review.template.form";
    static final String FORM = "bpmn/agency-review.form";
    private static final String SLOT = "Group_project{n}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgencyReviewForm() {
    }

    /** The form as {@link #FORM} must hold it, from the template on disk and the catalogue of the classpath. */
    static String generate() {
        try {
            return generate(Files.readString(Path.of(TEMPLATE)), FrameworkCatalogue.fromClasspath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String generate(String template, FrameworkCatalogue catalogue) throws IOException {
        ObjectNode form = (ObjectNode) JSON.readTree(template.replace("{slots}", String.valueOf(ProjectSlots.SLOTS)));
        ArrayNode components = (ArrayNode) form.path("components");
        ArrayNode generated = JSON.createArrayNode();
        for (JsonNode component : components) {
            if (SLOT.equals(component.path("id").asText())) {
                for (int slot = 1; slot <= ProjectSlots.SLOTS; slot++) {
                    generated.add(slot(component, slot, catalogue));
                }
            } else {
                if (ProjectSlots.VAR_PROJECT_COUNT.equals(component.path("key").asText())) {
                    ((ObjectNode) component.path("validate")).put("max", ProjectSlots.SLOTS);
                }
                generated.add(component);
            }
        }
        form.set("components", generated);
        StringBuilder out = new StringBuilder();
        write(form, "", false, out);
        return out.append('\n').toString();
    }

    private static JsonNode slot(JsonNode template, int slot, FrameworkCatalogue catalogue) {
        ObjectNode group = (ObjectNode) numbered(template, String.valueOf(slot));
        for (JsonNode field : group.path("components")) {
            String key = field.path("key").asText();
            if (key.equals(ProjectSlots.variable(slot, "district"))) {
                ArrayNode places = ((ObjectNode) field).putArray("values");
                for (ProjectLocation place : ProjectLocation.values()) {
                    places.addObject().put("label", place.nameTh() + " / " + place.nameEn()).put("value", place.code());
                }
            } else if (key.equals(ProjectSlots.variable(slot, "alignment"))) {
                ArrayNode codes = ((ObjectNode) field).putArray("values");
                for (FrameworkItem item : catalogue.all()) {
                    codes.addObject().put("label", item.labelTh() + " / " + item.titleEn()).put("value", item.code());
                }
            }
        }
        return group;
    }

    /** A copy of {@code node} with {@code {n}} replaced in every text. */
    private static JsonNode numbered(JsonNode node, String number) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace("{n}", number));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), numbered(field.getValue(), number)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(numbered(element, number)));
            return copy;
        }
        return node.deepCopy();
    }

    /**
     * JSON as the Camunda Modeler writes forms (two-space indent, {@code "key": value}), except that an option of a
     * list ({@code { "label": "…", "value": "…" }}) stays on one line, so the form reads one option a line.
     */
    /** {@code options}: {@code node} is the list of a field's options, or one of them. */
    private static void write(JsonNode node, String indent, boolean options, StringBuilder out) throws IOException {
        if (node.isObject() && options && isFlat(node)) {
            out.append("{ ");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(JSON.writeValueAsString(field.getKey())).append(": ")
                        .append(JSON.writeValueAsString(field.getValue()));
                out.append(fields.hasNext() ? ", " : " ");
            }
            out.append('}');
        } else if (node.isObject()) {
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(indent).append("  ").append(JSON.writeValueAsString(field.getKey())).append(": ");
                write(field.getValue(), indent + "  ", field.getKey().equals("values"), out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append("  ");
                write(node.get(i), indent + "  ", options, out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    private static boolean isFlat(JsonNode object) {
        for (JsonNode value : object) {
            if (value.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
