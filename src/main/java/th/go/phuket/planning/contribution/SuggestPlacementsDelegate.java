package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.proposal.ProjectJson;
import th.go.phuket.planning.proposal.ProposalScreening;
import th.go.phuket.planning.proposal.ScreenedProject;
import th.go.phuket.planning.proposal.ScreeningJson;

/**
 * {@code Task_SuggestPlacements}, the business rule task before the office screens a proposal: asks the decision
 * {@code proposalScreening} where each project belongs (one evaluation per project, each in Cockpit's decision
 * history) and shows the officer the answer. An incomplete project pre-selects {@code returned} with a note;
 * otherwise the choice of an earlier round is cleared so the officer chooses afresh. The officer decides either way.
 */
@Component
public class SuggestPlacementsDelegate implements JavaDelegate {

    private final ProposalScreening screening;

    public SuggestPlacementsDelegate(ProposalScreening screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution contribution) {
        DecisionService decisions = contribution.getProcessEngineServices().getDecisionService();
        List<ScreenedProject> screened = screening.screen((String) contribution.getVariable(VAR_AGENCY_CATEGORY),
                ProjectJson.read(contribution.getVariable(VAR_PROJECTS)), facts -> evaluate(decisions, facts));
        // no projects and no earlier screening: no variable (the form shows no table either way)
        if (!screened.isEmpty() || contribution.hasVariable(VAR_PROJECT_SCREENING)) {
            contribution.setVariable(VAR_PROJECT_SCREENING,
                    SpinValues.jsonValue(ScreeningJson.write(screened)).create());
        }
        if (ProposalScreening.needsReturn(screened)) {
            contribution.setVariable(VAR_SCREENING_SUGGESTION, SCREENING_RETURNED);
            contribution.setVariable(VAR_SCREENING_DECISION, SCREENING_RETURNED);
            contribution.setVariable(VAR_SCREENING_NOTE, ProposalScreening.returnNote(screened));
        } else {
            contribution.setVariable(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED);
            contribution.removeVariable(VAR_SCREENING_DECISION);
        }
    }

    private static Map<String, Object> evaluate(DecisionService decisions, Map<String, Object> facts) {
        var result = decisions.evaluateDecisionByKey(DECISION_PROPOSAL_SCREENING)
                .variables(Variables.fromMap(facts))
                .evaluate().getSingleResult();
        return result == null ? null : result.getEntryMap();
    }
}
