package th.go.phuket.planning.letter;

import java.util.Optional;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.plan.ActionPlanReader;

/** The figures of the consolidated action plan as {@code plan/} reads it from the history. */
@Component
public class ActionPlanFigures implements PlanFigures {

    private final ActionPlanReader reader;

    public ActionPlanFigures(ActionPlanReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<Figures> of(String cycleId) {
        return reader.read(cycleId).map(plan -> new Figures(plan.projects().size(), plan.totalBudgetBaht()));
    }
}
