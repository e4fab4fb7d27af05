package th.go.phuket.planning.contribution;

import static th.go.phuket.planning.contribution.ContributionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyDirectory;

/** Copies the agency's names, category and email from the directory into its contribution when it starts. */
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
        execution.setVariable(VAR_AGENCY_NAME_EN, agency.nameEn());
        execution.setVariable(VAR_AGENCY_CATEGORY, agency.category().code());
        execution.setVariable(VAR_AGENCY_EMAIL, agency.email());
        execution.setVariable(VAR_RETURN_COUNT, 0);
    }
}
