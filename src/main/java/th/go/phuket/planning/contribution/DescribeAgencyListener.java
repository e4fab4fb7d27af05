package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;

/**
 * Copies the agency's Thai name and category from the directory into its contribution when it starts: what the
 * forms show, and what the dashboard and the action plan keep as it was during the cycle. Nothing more: every
 * variable of a contribution is a row, a history row and a history detail written and deleted again per agency.
 * The emails take the English name and the addresses from the directory (whose rows are never deleted), and
 * {@code returnCount} appears with the first return (read as 0 until then).
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
    }
}
