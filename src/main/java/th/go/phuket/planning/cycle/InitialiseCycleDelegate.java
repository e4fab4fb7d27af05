package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * {@code Task_InitialiseCycle}, right after the start event in the start transaction, whichever path started the
 * cycle (Tasklist, {@code POST /api/cycles}, engine REST): checks the start values, claims the cycle id, names the
 * instance by it and sets the values every task needs (title, agencies, nine due dates). A refusal rolls the whole
 * start back: nothing of the cycle is kept.
 */
@Component
public class InitialiseCycleDelegate implements JavaDelegate {

    private final CycleStartParser parser;
    private final CycleSchedule schedule;
    private final CycleRegistry registry;

    public InitialiseCycleDelegate(CycleStartParser parser, CycleSchedule schedule, CycleRegistry registry) {
        this.parser = parser;
        this.schedule = schedule;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        LocalDate today = now.toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
        CycleStart start = parser.check(execution.getVariables(), execution.getProcessBusinessKey(), today);
        if (!start.valid()) {
            throw new CycleStartRefusedException(start.errors(), false);
        }
        CycleSettings cycle = start.settings();
        registry.register(cycle.cycleId(), execution.getProcessInstanceId(), now);
        execution.setProcessBusinessKey(cycle.cycleId());

        execution.setVariable(VAR_CYCLE_ID, cycle.cycleId());
        execution.setVariable(VAR_PROVINCE, cycle.province());
        execution.setVariable(VAR_PLAN_PERIOD, cycle.planPeriod());
        execution.setVariable(VAR_FISCAL_YEAR, cycle.fiscalYear());
        execution.setVariable(VAR_PROPOSALS_DUE, cycle.proposalsDue().toString());
        execution.setVariable(VAR_HEARING_DATE, cycle.hearingDate().toString());
        execution.setVariable(VAR_COMMITTEE_DATE, cycle.committeeDate().toString());
        execution.setVariable(VAR_SUBMISSION_DEADLINE, cycle.submissionDeadline().toString());
        execution.setVariable(VAR_AGENCIES, String.join(",", cycle.agencyIds()));
        execution.setVariable(VAR_AGENCY_IDS, Variables.objectValue(new ArrayList<>(cycle.agencyIds()))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable(VAR_CYCLE_TITLE, start.title());
        // kept for the dashboard and the record: the office started this cycle knowing holidays were missing
        execution.setVariable(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS, start.allowMissingHolidays());
        schedule.dueDates(cycle, today).forEach(execution::setVariable);
    }
}
