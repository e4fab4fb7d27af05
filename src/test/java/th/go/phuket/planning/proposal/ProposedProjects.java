package th.go.phuket.planning.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Projects as an agency sends them (maps, as the Java API and engine REST give them), good unless changed. */
public final class ProposedProjects {

    private ProposedProjects() {
    }

    /** A complete project of the public health office, aligned to the Medical Hub goal and NS3. */
    public static Map<String, Object> good() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", "คัดกรองโรคไม่ติดต่อเรื้อรังในชุมชน");
        project.put("objective", "ลดผู้ป่วยเบาหวานและความดันโลหิตสูงรายใหม่");
        project.put("budgetBaht", 1_500_000);
        project.put("responsibleUnit", "กลุ่มงานควบคุมโรคไม่ติดต่อ");
        project.put("district", "mueang_phuket");
        project.put("fiscalYear", 2563);
        project.put("alignment", List.of("PKT-M2", "NS3"));
        return project;
    }

    public static Map<String, Object> good(String title, Object budgetBaht, String... alignment) {
        Map<String, Object> project = good();
        project.put("title", title);
        project.put("budgetBaht", budgetBaht);
        project.put("alignment", List.of(alignment));
        return project;
    }

    /** {@link #good()} with one field replaced, or removed when {@code value} is {@code null}. */
    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> project = good();
        if (value == null) {
            project.remove(field);
        } else {
            project.put(field, value);
        }
        return project;
    }

    public static List<Map<String, Object>> list(Map<String, Object>... projects) {
        return new ArrayList<>(List.of(projects));
    }
}
