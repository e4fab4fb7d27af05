package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.go.phuket.planning.contribution.ContributionProcess.*;
import static th.go.phuket.planning.proposal.ProposedProjects.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.task.TaskInputInvalidException;
import th.go.phuket.planning.task.TaskInputValidator;

/**
 * The agency's projects through the validator every completion of {@code Task_AgencyReview} runs: each bad value
 * is refused with a Thai message, then English, naming the project and the field; good values come back clean.
 */
class ProjectChecksTest {

    private final TaskInputValidator validator =
            new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

    /** A bad value of one field of a project, the field it is reported under, and the message. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("title", null, "title", "โครงการที่ 1: กรุณากรอกชื่อโครงการ (project 1: title is required)"),
                bad("title", "   ", "title", "โครงการที่ 1: กรุณากรอกชื่อโครงการ (project 1: title is required)"),
                bad("title", "ก".repeat(301), "title",
                        "โครงการที่ 1: ชื่อโครงการยาวเกิน 300 ตัวอักษร (project 1: title must be at most 300 characters)"),
                bad("title", 42, "title", "โครงการที่ 1: ชื่อโครงการต้องเป็นข้อความ (project 1: title must be text)"),
                bad("budgetBaht", null, "budgetBaht",
                        "โครงการที่ 1: กรุณากรอกงบประมาณ (บาท) (project 1: budgetBaht is required)"),
                bad("budgetBaht", 0, "budgetBaht",
                        "โครงการที่ 1: งบประมาณต้องมากกว่า 0 บาท (ได้ 0) (project 1: budgetBaht must be more than 0, got 0)"),
                bad("budgetBaht", -5000, "budgetBaht", "งบประมาณต้องมากกว่า 0 บาท (ได้ -5000)"),
                bad("budgetBaht", "หนึ่งล้านบาท", "budgetBaht", "โครงการที่ 1: งบประมาณต้องเป็นจำนวนเงินบาท เช่น 1500000 "
                        + "หรือ 1,500,000.50 (ได้ \"หนึ่งล้านบาท\") (project 1: budgetBaht must be an amount in baht, "
                        + "got \"หนึ่งล้านบาท\")"),
                bad("budgetBaht", "1,5,00", "budgetBaht", "งบประมาณต้องเป็นจำนวนเงินบาท"),
                bad("budgetBaht", true, "budgetBaht", "งบประมาณต้องเป็นจำนวนเงินบาท"),
                bad("budgetBaht", 1000.555, "budgetBaht", "งบประมาณมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)"),
                bad("budgetBaht", 200_000_000_000L, "budgetBaht",
                        "งบประมาณต้องไม่เกิน 100000000000 บาท (ได้ 200000000000)"),
                bad("alignment", null, "alignment", "โครงการที่ 1: กรุณาเลือกความสอดคล้องกับเป้าหมายจังหวัดภูเก็ต "
                        + "(PKT-M1…PKT-S2) และยุทธศาสตร์ชาติ (NS1–NS6) อย่างน้อยอย่างละ 1 รหัส (project 1: alignment "
                        + "needs at least one Phuket goal PKT-* and one national strategy NS*)"),
                bad("alignment", List.of(), "alignment", "อย่างน้อยอย่างละ 1 รหัส"),
                bad("alignment", List.of("PKT-M1", "P12-3"), "alignment",
                        "โครงการที่ 1: กรุณาเลือกยุทธศาสตร์ชาติอย่างน้อย 1 รหัส (NS1–NS6) "
                                + "(project 1: alignment needs at least one national strategy, NS1–NS6)"),
                bad("alignment", List.of("NS1", "T3"), "alignment",
                        "โครงการที่ 1: กรุณาเลือกเป้าหมายจังหวัดภูเก็ตอย่างน้อย 1 รหัส (PKT-M1…PKT-S2) "
                                + "(project 1: alignment needs at least one Phuket goal, PKT-*)"),
                bad("alignment", List.of("PKT-M1", "NS1", "xx9", "NS7"), "alignment",
                        "โครงการที่ 1: ไม่รู้จักรหัสความสอดคล้อง XX9, NS7 ดูรหัสที่ใช้ได้ที่ /api/frameworks "
                                + "(project 1: unknown alignment codes XX9, NS7, see /api/frameworks)"),
                bad("alignment", List.of("PKT-M1", 5), "alignment", "ความสอดคล้องต้องเป็นรายการรหัส"),
                bad("alignment", Map.of("code", "NS1"), "alignment", "ความสอดคล้องต้องเป็นรายการรหัส"),
                bad("fiscalYear", 2020, "fiscalYear", "โครงการที่ 1: ปีงบประมาณ 2020 เป็นปี ค.ศ. กรุณาใช้ปี พ.ศ. คือ 2563 "
                        + "(project 1: fiscalYear 2020 is a Common Era year, use the Buddhist Era year 2563)"),
                bad("fiscalYear", 63, "fiscalYear", "ปีงบประมาณ \"63\" ไม่ถูกต้อง ใช้ปี พ.ศ. เช่น 2563"),
                bad("fiscalYear", "2563.5", "fiscalYear", "ปีงบประมาณ \"2563.5\" ไม่ถูกต้อง"),
                bad("fiscalYear", 2563.5, "fiscalYear", "ปีงบประมาณ \"2563.5\" ไม่ถูกต้อง"),
                bad("district", "ป่าตอง", "district", "โครงการที่ 1: ไม่รู้จักพื้นที่ดำเนินการ \"ป่าตอง\" ใช้ mueang_phuket, "
                        + "kathu, thalang, province_wide, andaman_group (project 1: unknown district \"ป่าตอง\", use one "
                        + "of mueang_phuket, kathu, thalang, province_wide, andaman_group)"),
                bad("objective", "ข".repeat(4001), "objective", "วัตถุประสงค์ยาวเกิน 4000 ตัวอักษร"),
                bad("responsibleUnit", "ค".repeat(201), "responsibleUnit", "หน่วยรับผิดชอบยาวเกิน 200 ตัวอักษร"));
    }

    private static Arguments bad(String field, Object value, String reportedField, String message) {
        return Arguments.of(field, value, reportedField, message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void eachBadValueIsRefusedUnderItsProjectAndField(String field, Object value, String reported, String message) {
        var refusal = refusal(review(list(good(), with(field, value))));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("projects[1]." + reported);
        assertThat(refusal.fieldErrors().get("projects[1]." + reported))
                .contains(message.replace("โครงการที่ 1", "โครงการที่ 2").replace("project 1", "project 2"));
        assertThat(refusal.getMessage()).startsWith("ยังบันทึกงานนี้ไม่ได้");
    }

    @Test
    void everyProblemOfEveryProjectIsReportedAtOnce() {
        var refusal = refusal(review(list(with("title", ""), good(), with("budgetBaht", -1), with("alignment", null))));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("projects[0].title", "projects[2].budgetBaht",
                "projects[3].alignment");
        assertThat(refusal.getMessage()).contains("โครงการที่ 1:", "โครงการที่ 3:", "โครงการที่ 4:");
    }

    @Test
    void projectsMustBeAListOfObjects() {
        assertThat(refusal(review("ไม่ใช่ JSON")).fieldErrors()).containsExactly(Map.entry(VAR_PROJECTS,
                "รายการโครงการต้องเป็นรายการโครงการ (JSON array) (projects must be a JSON list of projects)"));
        assertThat(refusal(review(good())).fieldErrors()).containsOnlyKeys(VAR_PROJECTS);
        assertThat(refusal(review(List.of(good(), "โครงการ"))).fieldErrors()).containsExactly(Map.entry(
                "projects[1]", "โครงการที่ 2 ต้องเป็นข้อมูลโครงการ (JSON object) (project 2 must be a JSON object)"));
    }

    @Test
    void atMostAHundredProjectsAtOnce() {
        var many = Stream.generate(ProposedProjects::good).limit(101).toList();

        assertThat(refusal(review(many)).fieldErrors()).containsExactly(Map.entry(VAR_PROJECTS,
                "เสนอโครงการได้ครั้งละไม่เกิน 100 โครงการ (มี 101 โครงการ) (at most 100 projects, got 101)"));
        assertThat(validator.validate(TASK_AGENCY_REVIEW, review(many.subList(0, 100)))).containsKey(VAR_PROJECTS);
    }

    @Test
    void goodProjectsAreStoredAsCleanJson() {
        var typed = good("ศูนย์ฝึกอบรมมัคคุเทศก์ดำน้ำ", "1,500,000.50", "pkt-m1", "NS2", "PKT-M1");
        typed.put("district", " ถลาง ");
        typed.put("fiscalYear", "2563");
        typed.put("title", "  ศูนย์ฝึกอบรมมัคคุเทศก์ดำน้ำ ");
        var whole = good("ตลาดสุขภาพ", 2_500_000.00, "PKT-M2", "NS3");
        whole.remove("fiscalYear");
        whole.remove("objective");

        String json = cleanJson(validator.validate(TASK_AGENCY_REVIEW, review(list(typed, whole))));

        assertThat(json).isEqualTo("[{\"title\":\"ศูนย์ฝึกอบรมมัคคุเทศก์ดำน้ำ\","
                + "\"objective\":\"ลดผู้ป่วยเบาหวานและความดันโลหิตสูงรายใหม่\",\"budgetBaht\":1500000.5,"
                + "\"responsibleUnit\":\"กลุ่มงานควบคุมโรคไม่ติดต่อ\",\"district\":\"thalang\",\"fiscalYear\":2563,"
                + "\"alignment\":[\"PKT-M1\",\"NS2\"]},"
                + "{\"title\":\"ตลาดสุขภาพ\",\"budgetBaht\":2500000,\"responsibleUnit\":\"กลุ่มงานควบคุมโรคไม่ติดต่อ\","
                + "\"district\":\"mueang_phuket\",\"fiscalYear\":2563,\"alignment\":[\"PKT-M2\",\"NS3\"]}]");
    }

    @Test
    void alignmentMayComeAsText() {
        String json = cleanJson(validator.validate(TASK_AGENCY_REVIEW, review(list(with("alignment", "PKT-S1, ns5;T9")))));

        assertThat(json).contains("\"alignment\":[\"PKT-S1\",\"NS5\",\"T9\"]");
    }

    @Test
    void projectsMayComeAsJsonTextAndRowsLeftEmptyAreDropped() {
        String given = "[{\"title\":\"\",\"objective\":\"\",\"budgetBaht\":null,\"alignment\":[]},"
                + "{\"title\":\"ท่าเทียบเรือสำราญ\",\"budgetBaht\":12000000,\"alignment\":[\"PKT-M1\",\"NS2\"]}]";

        String json = cleanJson(validator.validate(TASK_AGENCY_REVIEW, review(given)));

        assertThat(json).isEqualTo("[{\"title\":\"ท่าเทียบเรือสำราญ\",\"budgetBaht\":12000000,"
                + "\"fiscalYear\":2563,\"alignment\":[\"PKT-M1\",\"NS2\"]}]");
    }

    @Test
    void noProjectsIsFine() {
        Map<String, Object> input = new HashMap<>(review(List.of()));

        assertThat(cleanJson(validator.validate(TASK_AGENCY_REVIEW, input))).isEqualTo("[]");
        input.remove(VAR_PROJECTS);
        assertThat(validator.validate(TASK_AGENCY_REVIEW, input)).isEmpty();
    }

    private static Map<String, Object> review(Object projects) {
        Map<String, Object> input = new HashMap<>();
        input.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
        input.put(CycleProcess.VAR_FISCAL_YEAR, 2563);
        input.put(VAR_PROJECTS, projects);
        return input;
    }

    private static String cleanJson(Map<String, Object> corrections) {
        assertThat(corrections).containsOnlyKeys(VAR_PROJECTS);
        return ((JsonValue) corrections.get(VAR_PROJECTS)).getValueSerialized();
    }

    private TaskInputInvalidException refusal(Map<String, ?> input) {
        var refused = catchThrowableOfType(TaskInputInvalidException.class,
                () -> validator.validate(TASK_AGENCY_REVIEW, input));
        assertThat(refused).as("refuses %s", input).isNotNull();
        return refused;
    }
}
