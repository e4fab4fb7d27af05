package th.go.phuket.planning.proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.task.InputChecks;

/**
 * Checks the projects an agency proposes, whatever the path (the form's project list, engine REST, the Java API):
 * each needs a title, a budget in baht above zero and known alignment codes, at least one a Phuket goal (PKT-…)
 * and one a national strategy (NS…). Objective, responsible unit and district are optional here: the screening
 * classifies a project without them as incomplete. Rows left entirely empty in the form are dropped.
 */
@Component
public class ProjectChecks {

    public static final int MAX_PROJECTS = 100;
    public static final int MAX_TITLE = 300;
    public static final int MAX_RESPONSIBLE_UNIT = InputChecks.MAX_SHORT_TEXT;
    public static final int MAX_OBJECTIVE = InputChecks.MAX_LONG_TEXT;

    private final FrameworkCatalogue catalogue;

    public ProjectChecks(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param name the variable holding the list, {@code projects}
     * @param cycleFiscalYear the fiscal year (B.E.) of a project that names none, asked only for such a project
     * @return the projects in their clean form, or empty when none were given or any is wrong (then reported)
     */
    public Optional<List<Project>> check(InputChecks checks, String name, Supplier<Integer> cycleFiscalYear) {
        Object value = checks.value(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        JsonNode list;
        try {
            list = ProjectJson.tree(value);
        } catch (IllegalArgumentException e) {
            list = null;
        }
        if (list == null || !list.isArray()) {
            checks.reject(name, "proposal.projects.notList", checks.text("task.input.field." + name), name);
            return Optional.empty();
        }
        List<JsonNode> rows = new ArrayList<>();
        list.forEach(row -> {
            if (!isEmptyRow(row)) {
                rows.add(row);
            }
        });
        if (rows.size() > MAX_PROJECTS) {
            checks.reject(name, "proposal.projects.tooMany", MAX_PROJECTS, rows.size());
            return Optional.empty();
        }
        List<Project> projects = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isObject()) {
                checks.reject(name + "[" + i + "]", "proposal.project.notObject", i + 1);
                valid = false;
                continue;
            }
            ProjectInput input = new ProjectInput(checks, rows.get(i), name, i);
            Project project = read(input, cycleFiscalYear);
            if (project == null) {
                valid = false;
            } else {
                projects.add(project);
            }
        }
        return valid ? Optional.of(List.copyOf(projects)) : Optional.empty();
    }

    private Project read(ProjectInput input, Supplier<Integer> cycleFiscalYear) {
        String title = input.text("title", MAX_TITLE, true);
        String objective = input.text("objective", MAX_OBJECTIVE, false);
        var budget = input.budget();
        String unit = input.text("responsibleUnit", MAX_RESPONSIBLE_UNIT, false);
        String district = input.district();
        Integer fiscalYear = input.fiscalYear(cycleFiscalYear);
        List<String> alignment = alignment(input);
        return input.valid() ? new Project(title, objective, budget, unit, district, fiscalYear, alignment) : null;
    }

    /** Known codes in upper case, each once, in the order given; a text such as {@code "PKT-M1, NS2"} is split. */
    private List<String> alignment(ProjectInput input) {
        JsonNode value = input.alignmentNode();
        List<String> given = new ArrayList<>();
        if (value.isTextual()) {
            given.addAll(List.of(value.asText().split("[,;\\s]+")));
        } else if (value.isArray()) {
            for (JsonNode code : value) {
                if (!code.isTextual()) {
                    input.reject("alignment", "proposal.project.alignment.notList");
                    return List.of();
                }
                given.add(code.asText());
            }
        } else if (!ProjectInput.isBlank(value)) {
            input.reject("alignment", "proposal.project.alignment.notList");
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String code : given) {
            if (!code.isBlank()) {
                catalogue.find(code).ifPresentOrElse(item -> codes.add(item.code()),
                        () -> unknown.add(code.strip().toUpperCase(Locale.ROOT)));
            }
        }
        boolean phuketGoal = codes.stream().anyMatch(code -> catalogue.isIn(code, FrameworkCatalogue.PHUKET_GOALS));
        boolean nationalStrategy =
                codes.stream().anyMatch(code -> catalogue.isIn(code, FrameworkCatalogue.NATIONAL_STRATEGY));
        if (!unknown.isEmpty()) {
            input.reject("alignment", "proposal.project.alignment.unknown", String.join(", ", unknown));
        } else if (!phuketGoal && !nationalStrategy) {
            input.reject("alignment", "proposal.project.alignment.missing");
        } else if (!phuketGoal) {
            input.reject("alignment", "proposal.project.alignment.noPhuketGoal");
        } else if (!nationalStrategy) {
            input.reject("alignment", "proposal.project.alignment.noNationalStrategy");
        }
        return List.copyOf(codes);
    }

    /** A row the form added but the person left empty (every field blank). */
    private static boolean isEmptyRow(JsonNode row) {
        if (!row.isObject()) {
            return row.isNull();
        }
        for (JsonNode field : row) {
            if (!ProjectInput.isBlank(field)) {
                return false;
            }
        }
        return true;
    }
}
