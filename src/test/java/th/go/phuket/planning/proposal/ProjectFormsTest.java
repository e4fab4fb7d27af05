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
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The project list of {@code agency-review.form} (a form-js 1.8.7 dynamic list bound to {@code projects}) and the
 * suggestions of {@code screen-proposal.form} agree with the server: the same fields, limits, districts and codes.
 */
class ProjectFormsTest {

    /** Field types of form-js 1.8.7 used inside the list. */
    private static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "select", "taglist");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode review = read("bpmn/agency-review.form");
    private final JsonNode screening = read("bpmn/screen-proposal.form");
    private final JsonNode list = component(review, "List_projects");

    @Test
    void theAgencyAddsProjectsOneByOneToTheProjectsVariable() {
        assertThat(list.path("type").asText()).isEqualTo("dynamiclist");
        assertThat(list.path("path").asText()).isEqualTo(VAR_PROJECTS);
        assertThat(list.path("isRepeating").asBoolean()).isTrue();
        assertThat(list.path("allowAddRemove").asBoolean()).isTrue();
        // no empty row to delete when the agency proposes nothing
        assertThat(list.path("defaultRepetitions").asInt(-1)).isZero();
        assertThat(stream(review.path("components")).filter(c -> c.path("type").asText().equals("table"))).isEmpty();
    }

    @Test
    void itsFieldsAreTheFieldsOfAProject() {
        List<String> projectFields = Stream.of(Project.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(fields()).extracting(f -> f.path("key").asText()).containsExactlyInAnyOrderElementsOf(projectFields);
        assertThat(fields()).extracting(f -> f.path("type").asText()).allMatch(FIELD_TYPES::contains);
        assertThat(fields()).extracting(f -> f.path("label").asText())
                .allSatisfy(label -> assertThat(label).matches("^[^A-Za-z]*\\p{IsThai}[^/]*/\\s*[^/]*[A-Za-z].*"));
    }

    @Test
    void theBrowserAsksForWhatThePlanNeedsAndTheServerRefusesWhatItCannotUse() {
        assertThat(fields()).filteredOn(f -> f.path("validate").path("required").asBoolean())
                .extracting(f -> f.path("key").asText())
                .containsExactlyInAnyOrder("title", "objective", "budgetBaht", "district", "responsibleUnit",
                        "alignment");
        // objective, unit and district are not refused by the server: the screening finds a project without them
        // incomplete (engine REST clients can leave them out)
        assertThat(field("title").path("validate").path("maxLength").asInt()).isEqualTo(ProjectChecks.MAX_TITLE);
        assertThat(field("objective").path("validate").path("maxLength").asInt())
                .isEqualTo(ProjectChecks.MAX_OBJECTIVE);
        assertThat(field("responsibleUnit").path("validate").path("maxLength").asInt())
                .isEqualTo(ProjectChecks.MAX_RESPONSIBLE_UNIT);
    }

    @Test
    void budgetIsAPositiveAmountInBahtAndSatang() {
        JsonNode budget = field("budgetBaht");

        assertThat(budget.path("type").asText()).isEqualTo("number");
        assertThat(budget.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(budget.path("validate").path("min").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(budget.path("validate").path("max").decimalValue()).isEqualByComparingTo(ProjectInput.MAX_BUDGET);
    }

    @Test
    void fiscalYearIsABuddhistEraYearOrEmptyForTheCyclesYear() {
        JsonNode year = field("fiscalYear");

        assertThat(year.path("decimalDigits").asInt(-1)).isZero();
        assertThat(year.path("validate").path("min").asInt()).isEqualTo(ProjectInput.MIN_FISCAL_YEAR);
        assertThat(year.path("validate").path("max").asInt()).isEqualTo(ProjectInput.MAX_FISCAL_YEAR);
        assertThat(year.path("validate").path("required").asBoolean()).isFalse();
    }

    @Test
    void districtsAreTheLocationsTheServerKnows() {
        assertThat(stream(field("district").path("values")).map(v -> v.path("value").asText()))
                .containsExactlyElementsOf(ProjectLocation.codes());
        assertThat(stream(field("district").path("values")).map(v -> v.path("label").asText()))
                .allSatisfy(label -> assertThat(ProjectLocation.find(label.substring(0, label.indexOf(" /"))))
                        .isPresent());
    }

    @Test
    void alignmentOffersEveryCodeOfTheCatalogueWithItsThaiAndEnglishTitle() {
        var catalogue = FrameworkCatalogue.fromClasspath();
        JsonNode alignment = field("alignment");

        assertThat(alignment.path("type").asText()).isEqualTo("taglist");
        assertThat(stream(alignment.path("values")).map(v -> v.path("value").asText() + " = " + v.path("label").asText()))
                .containsExactlyElementsOf(catalogue.all().stream()
                        .map(item -> item.code() + " = " + item.labelTh() + " / " + item.titleEn()).toList());
    }

    @Test
    void theScreeningTableShowsColumnsTheListenerWrites() {
        JsonNode table = component(screening, "Table_projectScreening");
        var project = new Project("ท่าเทียบเรือ", "รองรับเรือสำราญ", new BigDecimal("12000000"), "เจ้าท่า", null, 2563,
                List.of("PKT-M1", "NS2"));
        JsonNode row = ProjectJson.tree(ScreeningJson.write(List.of(new ScreenedProject(1, project,
                Placement.PROVINCIAL_PLAN, "เหตุผล (reason)")))).get(0);

        assertThat(table.path("dataSource").asText()).isEqualTo("=" + VAR_PROJECT_SCREENING);
        assertThat(stream(table.path("columns")).map(c -> c.path("key").asText()))
                .allSatisfy(key -> assertThat(row.has(key)).as(key).isTrue());
        assertThat(component(screening, "Text_suggestReturn").path("conditional").path("hide").asText())
                .contains(VAR_SCREENING_SUGGESTION + " = \"" + SCREENING_RETURNED + "\"");
        assertThat(component(screening, "Text_suggestAccept").path("conditional").path("hide").asText())
                .contains(VAR_SCREENING_SUGGESTION + " = \"" + SCREENING_ACCEPTED + "\"");
    }

    private List<JsonNode> fields() {
        return stream(list.path("components")).toList();
    }

    private JsonNode field(String key) {
        return fields().stream().filter(f -> f.path("key").asText().equals(key)).findFirst().orElseThrow();
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
