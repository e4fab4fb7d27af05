package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Copies the agency's Thai name, category and email from the directory into its contribution when it starts: what
 * the forms show, and what the dashboard and the action plan keep as it was during the cycle. Nothing more: every
 * variable of a contribution is a row, a history row and a history detail written and deleted again per agency
 * (the emails take the English name from the directory).
 */
@Component
public class DescribeAgencyListener implements ExecutionListener {

    private final AgencyDirectory directory;

    public DescribeAgencyListener(AgencyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Agency agency = directory.require((String) execution.getVariable(VAR_AGENCY_ID));
        execution.setVariable(VAR_AGENCY_NAME_TH, agency.nameTh());
        execution.setVariable(VAR_AGENCY_CATEGORY, agency.category().code());
        execution.setVariable(VAR_AGENCY_EMAIL, agency.email());
        execution.setVariable(VAR_RETURN_COUNT, 0);
    }
}
