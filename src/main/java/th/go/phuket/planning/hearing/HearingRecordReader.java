package th.go.phuket.planning.hearing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.support.Messages;

/** Reads a cycle's {@link HearingRecord}: the hearing tables and the forum's values from the cycle's history. */
@Component
public class HearingRecordReader {

    private final HearingDb db;
    private final HearingStore hearings;
    private final CommentQueries queries;
    private final CommentStore comments;
    private final Supplier<HistoryService> history;

    @Autowired
    public HearingRecordReader(HearingDb db, HearingStore hearings, CommentQueries queries, CommentStore comments,
                               @Lazy HistoryService history) {
        this(db, hearings, queries, comments, () -> history);
    }

    public HearingRecordReader(HearingDb db, HearingStore hearings, CommentQueries queries, CommentStore comments,
                               Supplier<HistoryService> history) {
        this.db = db;
        this.hearings = hearings;
        this.queries = queries;
        this.comments = comments;
        this.history = history;
    }

    public Optional<HearingRecord> read(String cycleId) {
        return db.inTransaction(jdbc -> hearings.find(cycleId).map(hearing -> {
            Map<String, String> titles = new LinkedHashMap<>();
            hearings.items(cycleId).forEach(item -> titles.put(item.itemId(), item.title()));
            Map<String, Integer> counts = comments.counts(cycleId);
            return new HearingRecord(hearing, forum(cycleId, hearing), bySector(cycleId), byDistrict(cycleId),
                    byItem(cycleId, titles), byAnswer(cycleId), queries.visible(cycleId, null, -1, 0), titles,
                    counts.get(CommentStatus.HIDDEN.code()) + counts.get(CommentStatus.REMOVED.code()),
                    ClockUtil.getCurrentTime().toInstant());
        }));
    }

    private List<HearingRecord.Line> bySector(String cycleId) {
        Map<String, Integer> counts = queries.countBy(cycleId, "c.sector", "");
        List<HearingRecord.Line> lines = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            lines.add(new HearingRecord.Line(sector.code(), sector.labelTh(), counts.getOrDefault(sector.code(), 0)));
        }
        return lines;
    }

    private List<HearingRecord.Line> byDistrict(String cycleId) {
        List<HearingRecord.Line> lines = new ArrayList<>();
        queries.countBy(cycleId, "c.district", "").forEach((district, count) -> lines.add(new HearingRecord.Line(
                district == null ? "" : district,
                district == null ? Messages.get("hearing.record.noDistrict") : district, count)));
        return lines;
    }

    private List<HearingRecord.Line> byItem(String cycleId, Map<String, String> titles) {
        Map<String, Integer> counts = queries.visibleByItem(cycleId);
        List<HearingRecord.Line> lines = new ArrayList<>();
        titles.forEach((itemId, title) -> lines.add(new HearingRecord.Line(itemId, title,
                counts.getOrDefault(itemId, 0))));
        return lines;
    }

    private List<HearingRecord.Line> byAnswer(String cycleId) {
        Map<String, Integer> counts = queries.visibleByAnswer(cycleId);
        List<HearingRecord.Line> lines = new ArrayList<>();
        for (AnswerStatus status : AnswerStatus.values()) {
            lines.add(new HearingRecord.Line(status.code(), status.labelTh(), counts.getOrDefault(status.code(), 0)));
        }
        lines.add(new HearingRecord.Line("unanswered", Messages.get("hearing.record.unanswered"),
                counts.getOrDefault(null, 0)));
        return lines;
    }

    private HearingRecord.Forum forum(String cycleId, Hearing hearing) {
        Map<String, Object> values = cycleVariables(cycleId);
        List<HearingRecord.Line> attendees = new ArrayList<>();
        boolean anySector = false;
        for (Sector sector : Sector.values()) {
            Object value = values.get(sector.attendeesVariable());
            anySector |= value != null;
            attendees.add(new HearingRecord.Line(sector.code(), sector.labelTh(), number(value)));
        }
        Object count = values.get(CycleProcess.VAR_ATTENDEE_COUNT);
        Object venue = values.get(CycleProcess.VAR_HEARING_VENUE);
        return new HearingRecord.Forum(hearing.hearingDate(), venue == null ? hearing.venue() : venue.toString(),
                anySector ? attendees : List.of(), count == null ? null : number(count),
                (String) values.get(CycleProcess.VAR_HEARING_SUMMARY));
    }

    private Map<String, Object> cycleVariables(String cycleId) {
        Map<String, Object> values = new HashMap<>();
        db.inTransaction(jdbc -> jdbc.queryForList("select process_instance_id from pc_cycle where cycle_id = ?",
                String.class, cycleId)).stream().findFirst().ifPresent(instance -> {
                    List<String> names = new ArrayList<>(List.of(CycleProcess.VAR_ATTENDEE_COUNT,
                            CycleProcess.VAR_HEARING_VENUE, CycleProcess.VAR_HEARING_SUMMARY));
                    for (Sector sector : Sector.values()) {
                        names.add(sector.attendeesVariable());
                    }
                    for (HistoricVariableInstance variable : history.get().createHistoricVariableInstanceQuery()
                            .processInstanceId(instance).variableNameIn(names.toArray(String[]::new)).list()) {
                        if (variable.getTaskId() == null && variable.getValue() != null) {
                            values.put(variable.getName(), variable.getValue());
                        }
                    }
                });
        return values;
    }

    private static int number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 0 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
