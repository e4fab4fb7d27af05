package th.go.phuket.planning.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project an agency proposes for the annual action plan, in its clean form: texts stripped, the budget in baht
 * (at most two decimals), the district as a {@link ProjectLocation} code, the fiscal year in B.E. and the alignment
 * as known catalogue codes in upper case. Optional parts are {@code null}.
 */
public record Project(String title, String objective, BigDecimal budgetBaht, String responsibleUnit, String district,
                      Integer fiscalYear, List<String> alignment) {

    public Project {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(budgetBaht, "budgetBaht");
        alignment = List.copyOf(alignment);
    }

    public Optional<ProjectLocation> location() {
        return ProjectLocation.find(district);
    }

    public boolean hasObjective() {
        return objective != null && !objective.isBlank();
    }

    public boolean hasResponsibleUnit() {
        return responsibleUnit != null && !responsibleUnit.isBlank();
    }

    /** The codes of one framework, in the order the agency gave them. */
    public List<String> alignedTo(String framework, FrameworkCatalogue catalogue) {
        return alignment.stream().filter(code -> catalogue.isIn(code, framework)).toList();
    }
}
