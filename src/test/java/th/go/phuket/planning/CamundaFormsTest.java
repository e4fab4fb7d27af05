package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.task.InputChecks;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.TaskInputValidator;

/**
 * Every Camunda Form under {@code bpmn/} as Tasklist will render it: Camunda 7.24's Tasklist bundles form-js 1.8.7,
 * which reads schema version 16 and knows only its own component types. The browser's checks (required, max length,
 * choices) must match what {@link TaskInputValidator} enforces on the server.
 */
class CamundaFormsTest {

    /** {@code schemaVersion} of form-js 1.8.7, the viewer in camunda-webapp-webjar 7.24.0. */
    static final int TASKLIST_SCHEMA_VERSION = 16;
    /**
     * The types used here, all rendered by form-js 1.8.7 (it has no filepicker or documentPreview yet). The agency's
     * project slots are {@code group}s; their fields are checked in {@code proposal/ProjectFormsTest}.
     */
    static final Set<String> RENDERED_TYPES = Set.of("text", "textfield", "textarea", "number", "datetime", "radio",
            "select", "checkbox", "table", "group");
    /** A Thai letter before any Latin letter, then an English part after a slash: {@code สรุปร่างแผน / Draft summary}. */
    static final Pattern THAI_THEN_ENGLISH = Pattern.compile("^[^A-Za-z]*\\p{IsThai}[^/]*/\\s*[^/]*[A-Za-z].*");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    static Stream<FormSpec> forms() {
        return FormSpec.ALL.stream();
    }

    @Test
    void everyFormFileHasASpecAndEverySpecAFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(FormSpec.DIRECTORY))) {
            assertThat(files.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".form")))
                    .containsExactlyInAnyOrderElementsOf(forms().map(spec -> spec.name() + ".form").toList());
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void idIsFormDashFileNameInTheSchemaTasklistRenders(FormSpec spec) {
        JsonNode form = read(spec);

        assertThat(form.path("id").asText()).isEqualTo(spec.formId());
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(TASKLIST_SCHEMA_VERSION);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void usesOnlyComponentsTasklistRendersWithUniqueIds(FormSpec spec) {
        List<JsonNode> components = components(read(spec));

        assertThat(components).extracting(c -> c.path("type").asText()).allMatch(RENDERED_TYPES::contains);
        assertThat(components).extracting(c -> c.path("id").asText())
                .allMatch(id -> !id.isBlank()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void submitsExactlyTheTaskOutputs(FormSpec spec) {
        // anything else bound to a key would be sent back on completion, e.g. a context variable or `projects`
        assertThat(keyed(read(spec))).extracting(c -> c.path("key").asText()).containsExactlyElementsOf(spec.keys());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void requiresWhatTheSpecRequires(FormSpec spec) {
        assertThat(keyed(read(spec)).stream().filter(c -> c.path("validate").path("required").asBoolean())
                .map(c -> c.path("key").asText())).containsExactlyInAnyOrderElementsOf(spec.required());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void serverRequiresWhatTheBrowserRequiresWhenNothingIsChosen(FormSpec spec) {
        if (spec.taskKey() == null) {
            return; // the start form has no required field; the lead's start validation checks its values
        }
        Set<String> alwaysRequired = new LinkedHashSet<>();
        for (JsonNode field : keyed(read(spec))) {
            if (field.path("validate").path("required").asBoolean() && field.path("conditional").isMissingNode()) {
                alwaysRequired.add(field.path("key").asText());
            }
        }
        Map<String, String> serverErrors = TaskInputInvalidException.findIn(
                catchRefusal(spec.taskKey())).map(TaskInputInvalidException::fieldErrors).orElse(Map.of());

        assertThat(serverErrors.keySet()).containsExactlyInAnyOrderElementsOf(alwaysRequired);
    }

    @Test
    void screeningNoteShowsAndIsRequiredOnlyWhenReturning() {
        JsonNode note = field(read(FormSpec.forTask(TASK_SCREEN_PROPOSAL).orElseThrow()), VAR_SCREENING_NOTE);

        assertThat(note.path("conditional").path("hide").asText())
                .isEqualTo("=if screeningDecision = \"" + SCREENING_RETURNED + "\" then false else true");
        assertThat(note.path("validate").path("required").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void choicesOfferExactlyTheProcessCodes(FormSpec spec) {
        for (JsonNode field : keyed(read(spec))) {
            String key = field.path("key").asText();
            if (field.has("values")) {
                assertThat(stream(field.path("values")).map(v -> v.path("value").asText()))
                        .as("choices of %s", key).containsExactlyElementsOf(spec.choices().get(key));
            }
        }
        assertThat(spec.choices().keySet()).allSatisfy(key -> assertThat(field(read(spec), key).has("values")).isTrue());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void textLimitsMatchTheServer(FormSpec spec) {
        for (JsonNode field : keyed(read(spec))) {
            String type = field.path("type").asText();
            int maxLength = field.path("validate").path("maxLength").asInt(-1);
            if (type.equals("textarea")) {
                assertThat(maxLength).as("%s maxLength", field.path("key")).isEqualTo(InputChecks.MAX_LONG_TEXT);
            } else if (type.equals("textfield") && spec.taskKey() != null) {
                assertThat(maxLength).as("%s maxLength", field.path("key")).isEqualTo(InputChecks.MAX_SHORT_TEXT);
            }
        }
    }

    @Test
    void attendeeCountIsAWholeNumberWithinTheServerBounds() {
        JsonNode count = field(read(FormSpec.forTask(CycleProcess.TASK_SUMMARISE_HEARING).orElseThrow()),
                CycleProcess.VAR_ATTENDEE_COUNT);

        assertThat(count.path("type").asText()).isEqualTo("number");
        assertThat(count.path("decimalDigits").asInt(-1)).isZero();
        assertThat(count.path("validate").path("min").asInt(-1)).isZero();
        assertThat(count.path("validate").path("max").asInt()).isEqualTo(CycleTaskInputRules.MAX_ATTENDEES);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void datesUseTheDatePickerThatSubmitsIsoDays(FormSpec spec) {
        assertThat(keyed(read(spec))).filteredOn(c -> c.path("type").asText().equals("datetime"))
                .allSatisfy(date -> {
                    if (date.path("subtype").asText().equals("time")) {
                        // a time of day as HH:mm, 24-hour, no offset: what InputChecks.optionalTime stores
                        assertThat(date.path("use24h").asBoolean()).isTrue();
                        assertThat(date.path("timeSerializingFormat").asText()).isEqualTo("no_timezone");
                    } else {
                        assertThat(date.path("subtype").asText()).isEqualTo("date");
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyLabelIsThaiFirstThenEnglish(FormSpec spec) {
        List<String> labels = new ArrayList<>();
        for (JsonNode component : components(read(spec))) {
            if (component.has("key") || component.has("label") || component.has("dateLabel")) {
                labels.add(component.path(component.has("dateLabel") ? "dateLabel"
                        : component.has("timeLabel") ? "timeLabel" : "label").asText());
            }
            stream(component.path("values")).forEach(value -> labels.add(value.path("label").asText()));
            stream(component.path("columns")).forEach(column -> labels.add(column.path("label").asText()));
        }

        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label).matches(THAI_THEN_ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void showsItsContext(FormSpec spec) {
        String texts = String.join("\n", components(read(spec)).stream()
                .filter(c -> c.path("type").asText().equals("text")).map(c -> c.path("text").asText()).toList());

        assertThat(spec.context()).allSatisfy(variable -> assertThat(texts).containsPattern(
                "\\{\\{[^}]*\\b" + Pattern.quote(variable) + "\\b[^}]*}}"));
    }

    private Exception catchRefusal(String taskKey) {
        try {
            validator.validate(taskKey, Map.of());
            return new IllegalStateException("nothing refused");
        } catch (TaskInputInvalidException refusal) {
            return refusal;
        }
    }

    private static JsonNode read(FormSpec spec) {
        try {
            return JSON.readTree(Files.readString(Path.of(spec.file())));
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + spec.file(), e);
        }
    }

    private static List<JsonNode> components(JsonNode form) {
        return stream(form.path("components")).toList();
    }

    private static List<JsonNode> keyed(JsonNode form) {
        return components(form).stream().filter(c -> c.has("key")).toList();
    }

    private static JsonNode field(JsonNode form, String key) {
        return keyed(form).stream().filter(c -> c.path("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key + " in " + form.path("id")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
