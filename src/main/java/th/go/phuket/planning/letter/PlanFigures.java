package th.go.phuket.planning.letter;

import java.math.BigDecimal;
import java.util.Optional;

/** How many projects the cycle's action plan holds so far and their budget, for the memo and the covering letter. */
public interface PlanFigures {

    record Figures(int projects, BigDecimal budgetBaht) {
    }

    Optional<Figures> of(String cycleId);
}
