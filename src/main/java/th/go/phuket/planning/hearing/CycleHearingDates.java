package th.go.phuket.planning.hearing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;

/** The hearing day a cycle plans before its comments open (read from the cycle's variables, newest value). */
@Component
public class CycleHearingDates {

    private final HearingDb db;
    private final Supplier<HistoryService> history;

    @Autowired
    public CycleHearingDates(HearingDb db, @Lazy HistoryService history) {
        this(db, () -> history);
    }

    public CycleHearingDates(HearingDb db, Supplier<HistoryService> history) {
        this.db = db;
        this.history = history;
    }

    public Optional<LocalDate> hearingDate(String cycleId) {
        return db.inTransaction(jdbc -> jdbc.queryForList("select process_instance_id from pc_cycle"
                + " where cycle_id = ?", String.class, cycleId).stream().findFirst()
                .flatMap(instance -> history.get().createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(CycleProcess.VAR_HEARING_DATE).list().stream()
                        .filter(variable -> variable.getTaskId() == null).findFirst()
                        .map(HistoricVariableInstance::getValue))
                .map(HearingWindow::day));
    }
}
