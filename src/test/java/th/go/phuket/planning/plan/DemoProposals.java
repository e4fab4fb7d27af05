package th.go.phuket.planning.plan;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Three agencies of the demo cycle proposing two projects each, as they would type them in Tasklist, and the walk
 * that sends them in and has the strategy office accept them.
 */
public final class DemoProposals {

    public static final Map<String, List<Map<String, Object>>> THREE_AGENCIES = new LinkedHashMap<>();
    /** The sum of the six budgets. */
    public static final BigDecimal TOTAL_BAHT = new BigDecimal("100300500.50");

    static {
        THREE_AGENCIES.put("pkt_public_health", List.of(
                project("ศูนย์ส่งต่อผู้ป่วยฉุกเฉินทางทะเลจังหวัดภูเก็ต", "ลดการเสียชีวิตของนักท่องเที่ยวและชาวประมงจากเหตุฉุกเฉินทางทะเล",
                        4_500_000, "กลุ่มงานควบคุมโรค สำนักงานสาธารณสุขจังหวัดภูเก็ต", "province_wide",
                        "PKT-M2", "PKT-M1", "NS3", "P12-1", "T10"),
                project("คัดกรองโรคไม่ติดต่อเรื้อรังในชุมชน", "ลดผู้ป่วยเบาหวานและความดันโลหิตสูงรายใหม่", 1_250_000,
                        "กลุ่มงานควบคุมโรคไม่ติดต่อ", "mueang_phuket", "PKT-M2", "NS4")));
        THREE_AGENCIES.put("pkt_tourism_sports", List.of(
                project("จัดการแข่งขันวิ่งมาราธอนนานาชาติจังหวัดภูเก็ต", "ส่งเสริมการท่องเที่ยวเชิงกีฬาและรายได้ชุมชน",
                        3_000_000, "สำนักงานการท่องเที่ยวและกีฬาจังหวัดภูเก็ต", "thalang", "PKT-S2", "PKT-M4", "NS2",
                        "T3"),
                project("ส่งเสริมการท่องเที่ยวเชิงสุขภาพและเวลเนส", "เพิ่มรายได้จากนักท่องเที่ยวกลุ่มคุณภาพ",
                        new BigDecimal("2750500.50"), "กลุ่มงานส่งเสริมการท่องเที่ยว", "province_wide", "PKT-M2", "NS2")));
        THREE_AGENCIES.put("lao_patong", List.of(
                project("ปรับปรุงทางเท้าและไฟส่องสว่างถนนทวีวงศ์", "ความปลอดภัยของนักท่องเที่ยวและผู้อยู่อาศัย", 3_800_000,
                        "กองช่าง เทศบาลเมืองป่าตอง", "kathu", "PKT-S1", "NS5"),
                project("ระบบบำบัดน้ำเสียชายหาดป่าตอง ระยะที่ 2", "คุณภาพน้ำทะเลชายหาดป่าตองได้มาตรฐาน", 85_000_000,
                        "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองป่าตอง", "kathu", "PKT-M1", "NS5", "NR6")));
    }

    private DemoProposals() {
    }

    public static String agencies() {
        return String.join(",", THREE_AGENCIES.keySet());
    }

    /** Each agency proposes its projects, and the strategy office accepts each proposal. */
    public static void proposeAndAccept(TaskService tasks, String cycleId) {
        for (Task review : tasks.createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(TASK_AGENCY_REVIEW).list()) {
            String agencyId = (String) tasks.getVariable(review.getId(), VAR_AGENCY_ID);
            Map<String, Object> values = new HashMap<>();
            values.put(VAR_REVIEW_OUTCOME, OUTCOME_CHANGES_PROPOSED);
            values.put(VAR_REVIEW_COMMENTS, "เสนอโครงการเข้าแผนปฏิบัติราชการประจำปี");
            values.put(VAR_PROJECTS, THREE_AGENCIES.getOrDefault(agencyId, List.of()));
            tasks.complete(review.getId(), values);
        }
        for (Task screening : tasks.createTaskQuery().processInstanceBusinessKey(cycleId)
                .taskDefinitionKey(TASK_SCREEN_PROPOSAL).list()) {
            tasks.complete(screening.getId(), Map.of(VAR_SCREENING_DECISION, SCREENING_ACCEPTED));
        }
    }

    private static Map<String, Object> project(String title, String objective, Object budget, String unit,
                                               String district, String... alignment) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", title);
        project.put("objective", objective);
        project.put("budgetBaht", budget);
        project.put("responsibleUnit", unit);
        project.put("district", district);
        project.put("alignment", List.of(alignment));
        return project;
    }
}
