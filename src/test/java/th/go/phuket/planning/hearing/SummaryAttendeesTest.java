package th.go.phuket.planning.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.phuket.planning.cycle.CycleProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.TaskInputValidator;

/**
 * {@code Task_SummariseHearing} asks for the forum's attendees by sector: optional, their sum is
 * {@code attendeeCount}; the count alone still completes the task (engine REST). The form offers one field per
 * sector of the hearing, named as the server reads it.
 */
class SummaryAttendeesTest {

    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    @Test
    void everySectorOfTheHearingHasItsAttendeesVariableInTheCycle() {
        assertThat(Arrays.stream(Sector.values()).map(Sector::attendeesVariable).toList())
                .containsExactlyElementsOf(VAR_ATTENDEES_BY_SECTOR);
        assertThat(Sector.PRIVATE_SECTOR.attendeesVariable()).isEqualTo("attendeesPrivateSector");
    }

    @Test
    void theCountAloneStillCompletesTheSummary() {
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of(VAR_ATTENDEE_COUNT, 142)))).isEmpty();
    }

    @Test
    void sectorsWithoutACountAddUpToTheCount() {
        Map<String, Object> stored = validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of(
                "attendeesCitizen", 80, "attendeesPrivateSector", "25", "attendeesAcademia", 7)));

        assertThat(stored).containsEntry(VAR_ATTENDEE_COUNT, 112).containsEntry("attendeesPrivateSector", 25);
    }

    @Test
    void aCountGivenBesideTheSectorsMustBeTheirSum() {
        assertThat(validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of("attendeesCitizen", 80,
                "attendeesOther", 20, VAR_ATTENDEE_COUNT, 100)))).doesNotContainKey(VAR_ATTENDEE_COUNT);
        assertThatThrownBy(() -> validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of("attendeesCitizen", 80,
                "attendeesOther", 20, VAR_ATTENDEE_COUNT, 90))))
                .isInstanceOfSatisfying(TaskInputInvalidException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys(VAR_ATTENDEE_COUNT).extractingByKey(VAR_ATTENDEE_COUNT).asString()
                        .contains("90", "100", "attendeeCount 90 differs from the sum of the sectors, 100"));
    }

    @Test
    void aBadSectorCountIsNamedInThaiAndEnglish() {
        assertThatThrownBy(() -> validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of(
                "attendeesLocalGovernment", -4))))
                .isInstanceOfSatisfying(TaskInputInvalidException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("attendeesLocalGovernment").extractingByKey("attendeesLocalGovernment")
                        .asString().contains("จำนวนผู้เข้าร่วมจากองค์กรปกครองส่วนท้องถิ่น",
                                "attendeesLocalGovernment must be between 0 and 100000"));
    }

    @Test
    void noSectorAndNoCountIsRefused() {
        assertThatThrownBy(() -> validator.validate(TASK_SUMMARISE_HEARING, summary(Map.of())))
                .isInstanceOfSatisfying(TaskInputInvalidException.class,
                        refusal -> assertThat(refusal.fieldErrors()).containsOnlyKeys(VAR_ATTENDEE_COUNT));
    }

    @Test
    void theFormAsksForEachSectorWithItsThaiName() throws Exception {
        JsonNode form = new ObjectMapper().readTree(getClass().getClassLoader()
                .getResourceAsStream("bpmn/summarise-hearing.form"));
        List<JsonNode> fields = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            if (component.path("id").asText().equals("Group_attendees")) {
                component.path("components").forEach(fields::add);
            }
        }
        assertThat(fields).extracting(field -> field.path("key").asText())
                .containsExactlyElementsOf(VAR_ATTENDEES_BY_SECTOR);
        for (int i = 0; i < fields.size(); i++) {
            JsonNode field = fields.get(i);
            Sector sector = Sector.values()[i];
            assertThat(field.path("type").asText()).isEqualTo("number");
            assertThat(field.path("label").asText()).startsWith(sector.labelTh() + " / ");
            assertThat(field.path("decimalDigits").asInt(-1)).isZero();
            assertThat(field.path("validate").path("min").asInt(-1)).isZero();
            assertThat(field.path("validate").path("max").asInt()).isEqualTo(CycleTaskInputRules.MAX_ATTENDEES);
            assertThat(field.path("validate").path("required").asBoolean()).isFalse();
        }
    }

    private static Map<String, Object> summary(Map<String, Object> attendees) {
        Map<String, Object> values = new HashMap<>(attendees);
        values.put(VAR_HEARING_SUMMARY, "ที่ประชุมเห็นด้วยกับร่างแผน");
        return values;
    }
}
