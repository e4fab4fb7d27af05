package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project slots of {@code agency-review.form} (groups of plain fields: form-js 1.8.7 dynamic lists cannot be
 * completed in Tasklist 7.24; the form is generated, {@link AgencyReviewForm}) and the suggestions of
 * {@code screen-proposal.form} agree with the server: the same fields, limits, districts and codes, in every slot.
 */
class ProjectFormsTest {

    /** Field types of form-js 1.8.7 used inside a slot. */
    private static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "select", "taglist");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNode REVIEW = read("bpmn/agency-review.form");
    private static final JsonNode SCREENING = read("bpmn/screen-proposal.form");
    private static final FrameworkCatalogue CATALOGUE = FrameworkCatalogue.fromClasspath();
    /**
     * What every tag list must offer: each code of the catalogue, in its order, labelled
     * {@code ยุทธศาสตร์ชาติด้านความมั่นคง (NS1) / National security}. The form carries the list itself (one copy in the
     * deployment) rather than reading it from a JSON variable written, with its history, on every agency's task.
     */
    private static final JsonNode ALIGNMENT_OPTIONS = JSON.valueToTree(CATALOGUE.all().stream()
            .map(item -> Map.of("label", item.labelTh() + " / " + item.titleEn(), "value", item.code())).toList());

    static IntStream slots() {
        return IntStream.rangeClosed(1, ProjectSlots.SLOTS);
    }

    @Test
    void theAgencySaysHowManyProjectsAndGetsThatManySlots() {
        JsonNode count = component(REVIEW, "Field_projectCount");

        assertThat(count.path("key").asText()).isEqualTo(ProjectSlots.VAR_PROJECT_COUNT);
        assertThat(count.path("decimalDigits").asInt(-1)).isZero();
        assertThat(count.path("validate").path("min").asInt(-1)).isZero();
        assertThat(count.path("validate").path("max").asInt()).isEqualTo(ProjectSlots.SLOTS);
        assertThat(stream(REVIEW.path("components")).filter(c -> c.path("type").asText().equals("group")))
                .hasSize(ProjectSlots.SLOTS);
        assertThat(stream(REVIEW.path("components")).map(c -> c.path("type").asText()))
                .doesNotContain("dynamiclist", "table");
    }

    @ParameterizedTest
    @MethodSource("slots")
    void eachSlotShowsWhenTheCountReachesItAndHoldsTheFieldsOfAProject(int slot) {
        JsonNode group = component(REVIEW, "Group_project" + slot);

        assertThat(group.path("label").asText()).isEqualTo("โครงการที่ " + slot + " / Project " + slot);
        assertThat(group.path("conditional").path("hide").asText())
                .isEqualTo("=if projectCount >= " + slot + " then false else true");
        assertThat(fields(slot)).extracting(f -> f.path("key").asText()).containsExactlyElementsOf(
                ProjectSlots.FIELDS.stream().map(field -> ProjectSlots.variable(slot, field)).toList());
        assertThat(fields(slot)).extracting(f -> f.path("type").asText()).allMatch(FIELD_TYPES::contains);
        assertThat(fields(slot)).extracting(f -> f.path("label").asText())
                .allSatisfy(label -> assertThat(label).matches("^[^A-Za-z]*\\p{IsThai}[^/]*/\\s*[^/]*[A-Za-z].*"));
    }

    @Test
    void projectFieldsAreTheFieldsOfAProject() {
        assertThat(ProjectSlots.FIELDS).containsExactlyInAnyOrderElementsOf(
                Stream.of(Project.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @ParameterizedTest
    @MethodSource("slots")
    void theBrowserAsksForWhatThePlanNeedsWithTheServersLimits(int slot) {
        assertThat(fields(slot)).filteredOn(f -> f.path("validate").path("required").asBoolean())
                .extracting(f -> f.path("key").asText()).containsExactlyInAnyOrderElementsOf(Stream.of("title",
                        "objective", "budgetBaht", "district", "responsibleUnit", "alignment")
                        .map(field -> ProjectSlots.variable(slot, field)).toList());
        // objective, unit and district are not refused by the server: the screening finds a project without them
        // incomplete (engine REST clients can leave them out)
        assertThat(field(slot, "title").path("validate").path("maxLength").asInt()).isEqualTo(ProjectChecks.MAX_TITLE);
        assertThat(field(slot, "objective").path("validate").path("maxLength").asInt())
                .isEqualTo(ProjectChecks.MAX_OBJECTIVE);
        assertThat(field(slot, "responsibleUnit").path("validate").path("maxLength").asInt())
                .isEqualTo(ProjectChecks.MAX_RESPONSIBLE_UNIT);
        JsonNode budget = field(slot, "budgetBaht");
        assertThat(budget.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(budget.path("validate").path("min").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(budget.path("validate").path("max").decimalValue()).isEqualByComparingTo(ProjectInput.MAX_BUDGET);
        JsonNode year = field(slot, "fiscalYear");
        assertThat(year.path("decimalDigits").asInt(-1)).isZero();
        assertThat(year.path("validate").path("min").asInt()).isEqualTo(ProjectInput.MIN_FISCAL_YEAR);
        assertThat(year.path("validate").path("max").asInt()).isEqualTo(ProjectInput.MAX_FISCAL_YEAR);
    }

    @ParameterizedTest
    @MethodSource("slots")
    void districtsAreTheServersAndCodesComeFromTheCatalogue(int slot) {
        assertThat(stream(field(slot, "district").path("values")).map(v -> v.path("value").asText()))
                .containsExactlyElementsOf(ProjectLocation.codes());
        assertThat(stream(field(slot, "district").path("values")).map(v -> v.path("label").asText()))
                .allSatisfy(label -> assertThat(ProjectLocation.find(label.substring(0, label.indexOf(" /"))))
                        .isPresent());
        JsonNode alignment = field(slot, "alignment");
        assertThat(alignment.path("type").asText()).isEqualTo("taglist");
        assertThat(alignment.has("valuesKey")).isFalse();
        // the form carries the catalogue, written into every slot by AgencyReviewForm (see AgencyReviewFormTest)
        assertThat(alignment.path("values"))
                .as("the values of %s must be the catalogue's options: regenerate the form with "
                        + "./mvnw -q -o test -Dtest=AgencyReviewFormTest -Dregenerate", alignment.path("key").asText())
                .isEqualTo(ALIGNMENT_OPTIONS);
    }

    @Test
    void theTagListsOfferEveryCodeOfTheCatalogueWithItsThaiAndEnglishTitle() {
        JsonNode offered = field(1, "alignment").path("values");

        assertThat(stream(offered).map(o -> o.path("value").asText()))
                .containsExactlyElementsOf(CATALOGUE.all().stream().map(FrameworkItem::code).toList())
                .hasSize(43);
        assertThat(offered.get(0).path("label").asText())
                .isEqualTo("ยุทธศาสตร์ชาติด้านความมั่นคง (NS1) / National security");
        assertThat(stream(offered).map(o -> o.path("label").asText()))
                .allSatisfy(label -> assertThat(label).matches("^\\p{IsThai}.* \\([A-Z0-9-]+\\) / [A-Za-z].*"));
    }

    @Test
    void theScreeningTableShowsColumnsTheDecisionTaskWrites() {
        JsonNode table = component(SCREENING, "Table_projectScreening");
        var project = new Project("ท่าเทียบเรือ", "รองรับเรือสำราญ", new BigDecimal("12000000"), "เจ้าท่า", null, 2563,
                List.of("PKT-M1", "NS2"));
        JsonNode row = ProjectJson.tree(ScreeningJson.write(List.of(new ScreenedProject(1, project,
                Placement.PROVINCIAL_PLAN, "เหตุผล (reason)")))).get(0);

        assertThat(table.path("dataSource").asText()).isEqualTo("=" + VAR_PROJECT_SCREENING);
        assertThat(stream(table.path("columns")).map(c -> c.path("key").asText()))
                .allSatisfy(key -> assertThat(row.has(key)).as(key).isTrue());
        assertThat(component(SCREENING, "Text_suggestReturn").path("conditional").path("hide").asText())
                .contains(VAR_SCREENING_SUGGESTION + " = \"" + SCREENING_RETURNED + "\"");
        assertThat(component(SCREENING, "Text_suggestAccept").path("conditional").path("hide").asText())
                .contains(VAR_SCREENING_SUGGESTION + " = \"" + SCREENING_ACCEPTED + "\"");
    }

    private static List<JsonNode> fields(int slot) {
        return stream(component(REVIEW, "Group_project" + slot).path("components")).toList();
    }

    private static JsonNode field(int slot, String field) {
        String key = ProjectSlots.variable(slot, field);
        return fields(slot).stream().filter(f -> f.path("key").asText().equals(key)).findFirst().orElseThrow();
    }

    private static JsonNode component(JsonNode form, String id) {
        return stream(form.path("components")).filter(c -> c.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + form.path("id")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }
}
