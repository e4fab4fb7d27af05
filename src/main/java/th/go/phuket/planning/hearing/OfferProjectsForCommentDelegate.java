package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.proposal.ProjectJson;

/**
 * {@code Task_OfferProjectsForComment} of an agency's contribution: its proposal was accepted, so each of its
 * projects becomes an item the public may comment on ({@code project:<agencyId>:<n>}).
 */
@Component
public class OfferProjectsForCommentDelegate implements JavaDelegate {

    private final HearingWindow window;

    public OfferProjectsForCommentDelegate(HearingWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution contribution) {
        window.addProjects((String) contribution.getVariable(CycleProcess.VAR_CYCLE_ID),
                (String) contribution.getVariable(ContributionProcess.VAR_AGENCY_ID),
                (String) contribution.getVariable(ContributionProcess.VAR_AGENCY_NAME_TH),
                ProjectJson.read(contribution.getVariable(ContributionProcess.VAR_PROJECTS)),
                ClockUtil.getCurrentTime().toInstant());
    }
}
