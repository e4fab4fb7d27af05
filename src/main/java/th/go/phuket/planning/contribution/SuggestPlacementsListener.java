package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.proposal.ProjectJson;
import th.go.phuket.planning.proposal.ProposalScreening;
import th.go.phuket.planning.proposal.ScreenedProject;
import th.go.phuket.planning.proposal.ScreeningJson;

/**
 * On {@code create} of the screening task: asks {@code proposalScreening} where each project belongs and shows the
 * officer the answer. An incomplete project pre-selects {@code returned} with a note; otherwise the choice of an
 * earlier round is cleared so the officer chooses afresh. The officer decides either way.
 */
@Component
public class SuggestPlacementsListener implements TaskListener {

    private final ProposalScreening screening;

    public SuggestPlacementsListener(ProposalScreening screening) {
        this.screening = screening;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionService decisions = task.getProcessEngineServices().getDecisionService();
        List<ScreenedProject> screened = screening.screen((String) task.getVariable(VAR_AGENCY_CATEGORY),
                ProjectJson.read(task.getVariable(VAR_PROJECTS)), facts -> evaluate(decisions, facts));
        task.setVariable(VAR_PROJECT_SCREENING, SpinValues.jsonValue(ScreeningJson.write(screened)).create());
        if (ProposalScreening.needsReturn(screened)) {
            task.setVariable(VAR_SCREENING_SUGGESTION, SCREENING_RETURNED);
            task.setVariable(VAR_SCREENING_DECISION, SCREENING_RETURNED);
            task.setVariable(VAR_SCREENING_NOTE, ProposalScreening.returnNote(screened));
        } else {
            task.setVariable(VAR_SCREENING_SUGGESTION, SCREENING_ACCEPTED);
            task.getExecution().removeVariable(VAR_SCREENING_DECISION);
        }
    }

    private static Map<String, Object> evaluate(DecisionService decisions, Map<String, Object> facts) {
        var result = decisions.evaluateDecisionByKey(DECISION_PROPOSAL_SCREENING)
                .variables(Variables.fromMap(facts))
                .evaluate().getSingleResult();
        return result == null ? null : result.getEntryMap();
    }
}
