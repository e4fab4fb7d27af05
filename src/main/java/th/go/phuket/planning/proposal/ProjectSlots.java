package th.go.phuket.planning.proposal;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The agency form's project slots: Tasklist 7.24 cannot complete a Camunda Form once a field of a dynamic list was
 * edited (its form-js 1.8 keeps an error entry for every repeated field, valid or not), so the form offers
 * {@value #SLOTS} fixed groups of plain fields, {@code project1Title … project20Alignment}, of which the first
 * {@code projectCount} are shown. This class names those variables and turns them into the {@code projects} list
 * and back.
 */
public final class ProjectSlots {

    public static final int SLOTS = 20;
    public static final String VAR_PROJECT_COUNT = "projectCount";
    /** A digest of {@code projects} when the slots were offered: a client that replaced the list wins. */
    public static final String VAR_SLOTS_BASIS = "projectSlotsBasis";
    /** The fields of a project, in the order of the form. */
    public static final List<String> FIELDS =
            List.of("title", "objective", "budgetBaht", "fiscalYear", "district", "responsibleUnit", "alignment");

    private static final List<String> STORED_ORDER =
            Stream.of(Project.class.getRecordComponents()).map(RecordComponent::getName).toList();

    private ProjectSlots() {
    }

    /** {@code project2BudgetBaht} for slot 2 and field {@code budgetBaht}. */
    public static String variable(int slot, String field) {
        return "project" + slot + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** Every variable of the slots, the count and the basis. */
    public static List<String> allVariables() {
        List<String> names = new ArrayList<>(List.of(VAR_PROJECT_COUNT, VAR_SLOTS_BASIS));
        for (int slot = 1; slot <= SLOTS; slot++) {
            for (String field : FIELDS) {
                names.add(variable(slot, field));
            }
        }
        return names;
    }

    /**
     * The slot values of these projects (the first {@value #SLOTS}), to show them again in the form: plain values,
     * the alignment as a JSON array text (the caller stores it as a JSON variable). Empty parts are left out.
     */
    public static Map<String, Object> unfold(List<Project> projects) {
        Map<String, Object> slots = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(projects.size(), SLOTS); i++) {
            Project project = projects.get(i);
            int slot = i + 1;
            putIfPresent(slots, variable(slot, "title"), project.title());
            putIfPresent(slots, variable(slot, "objective"), project.objective());
            putIfPresent(slots, variable(slot, "budgetBaht"), project.budgetBaht().doubleValue());
            putIfPresent(slots, variable(slot, "fiscalYear"), project.fiscalYear());
            putIfPresent(slots, variable(slot, "district"), project.district());
            putIfPresent(slots, variable(slot, "responsibleUnit"), project.responsibleUnit());
            slots.put(variable(slot, "alignment"), ProjectJson.MAPPER.valueToTree(project.alignment()).toString());
        }
        return slots;
    }

    /**
     * The projects in slots {@code 1..count}, as the form sent them, for {@link ProjectChecks} to check: one map per
     * slot with the project's field names, in the order of {@link Project} (as the clean form is written, so a
     * project the form sent clean is stored once). JSON values (the tag list) become JSON trees.
     */
    public static List<Map<String, Object>> fold(int count, Function<String, Object> variables) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int slot = 1; slot <= count; slot++) {
            Map<String, Object> project = new LinkedHashMap<>();
            for (String field : STORED_ORDER) {
                Object value = variables.apply(variable(slot, field));
                if (value != null) {
                    project.put(field, value instanceof String || value instanceof Number || value instanceof Boolean
                            ? value : ProjectJson.tree(value));
                }
            }
            projects.add(project);
        }
        return projects;
    }

    /** A digest of the {@code projects} variable's content (any form of it), or of nothing. */
    public static String basis(Object projects) {
        String content;
        try {
            content = projects == null ? "" : ProjectJson.tree(projects).toString();
        } catch (IllegalArgumentException notJson) {
            content = projects.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void putIfPresent(Map<String, Object> slots, String name, Object value) {
        if (value != null) {
            slots.put(name, value);
        }
    }
}
