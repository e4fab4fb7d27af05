package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form's project slots turned into projects and back. */
class ProjectSlotsTest {

    private final Project marathon = new Project("วิ่งมาราธอนภูเก็ต", "ส่งเสริมกีฬา", new BigDecimal("3000000.50"),
            "สำนักงานการท่องเที่ยวและกีฬา", "thalang", 2563, List.of("PKT-S2", "NS2"));
    private final Project wellness = new Project("เวลเนส", null, new BigDecimal("250000"), null, null, null,
            List.of("PKT-M2", "NS2"));

    @Test
    void namesTheVariablesOfEachSlot() {
        assertThat(ProjectSlots.variable(1, "title")).isEqualTo("project1Title");
        assertThat(ProjectSlots.variable(20, "budgetBaht")).isEqualTo("project20BudgetBaht");
        assertThat(ProjectSlots.allVariables()).hasSize(2 + 20 * 7).contains("projectCount", "projectSlotsBasis", "project20Alignment");
    }

    @Test
    void unfoldsProjectsIntoSlotsLeavingEmptyPartsOut() {
        Map<String, Object> slots = ProjectSlots.unfold(List.of(marathon, wellness));

        assertThat(slots).containsEntry("project1Title", "วิ่งมาราธอนภูเก็ต")
                .containsEntry("project1BudgetBaht", 3000000.5).containsEntry("project1FiscalYear", 2563)
                .containsEntry("project1District", "thalang").containsEntry("project1Alignment", "[\"PKT-S2\",\"NS2\"]")
                .containsEntry("project2Title", "เวลเนส").doesNotContainKeys("project2Objective",
                        "project2ResponsibleUnit", "project2District", "project2FiscalYear", "project3Title");
    }

    @Test
    void foldsTheFirstSlotsBackAsTheFormSentThem() {
        Map<String, Object> sent = new HashMap<>(ProjectSlots.unfold(List.of(marathon, wellness)));
        sent.put("project1Alignment", ProjectJson.tree("[\"PKT-S2\",\"NS2\"]"));
        sent.put("project3Title", "ไม่ได้แสดง");

        List<Map<String, Object>> projects = ProjectSlots.fold(2, sent::get);

        assertThat(projects).hasSize(2);
        assertThat(projects.get(0)).containsEntry("title", "วิ่งมาราธอนภูเก็ต").containsEntry("budgetBaht", 3000000.5)
                .containsEntry("fiscalYear", 2563).containsEntry("district", "thalang");
        assertThat(((JsonNode) projects.get(0).get("alignment")).toString()).isEqualTo("[\"PKT-S2\",\"NS2\"]");
        assertThat(projects.get(1)).containsOnlyKeys("title", "budgetBaht", "alignment");
        assertThat(ProjectSlots.fold(0, sent::get)).isEmpty();
    }

    @Test
    void theBasisChangesWithTheContentNotTheForm() {
        String json = ProjectJson.write(List.of(marathon));

        assertThat(ProjectSlots.basis(json)).isEqualTo(ProjectSlots.basis(ProjectJson.tree(json)))
                .isNotEqualTo(ProjectSlots.basis(ProjectJson.write(List.of(wellness))))
                .isNotEqualTo(ProjectSlots.basis(null)).hasSize(64);
        assertThat(ProjectSlots.basis("not json")).hasSize(64);
    }
}
