package th.go.phuket.planning.letter;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the letters say about a cycle, read from its variables when a letter is issued: the plan, the dates, the
 * agencies, and what the office and the committee wrote so far (null until they did). {@code hearingTime} is
 * optional in the cycle ({@code HH:mm}); without it the letter takes the office's usual time from the settings.
 */
public record LetterFacts(
        String cycleId,
        String processInstanceId,
        String province,
        String planPeriod,
        int fiscalYear,
        LocalDate proposalsDue,
        LocalDate hearingDate,
        String hearingVenue,
        LocalTime hearingTime,
        LocalDate committeeDate,
        LocalDate submissionDeadline,
        List<String> agencyIds,
        String draftSummary,
        String hearingSummary,
        Integer attendeeCount,
        String revisionNote,
        String committeeNote) {

    public LetterFacts {
        agencyIds = List.copyOf(agencyIds);
    }

    public static LetterFacts of(VariableScope cycle, String processInstanceId) {
        Object agencies = cycle.getVariable(VAR_AGENCY_IDS);
        Object fiscalYear = cycle.getVariable(VAR_FISCAL_YEAR);
        Object attendees = cycle.getVariable(VAR_ATTENDEE_COUNT);
        return new LetterFacts(text(cycle, VAR_CYCLE_ID), processInstanceId, text(cycle, VAR_PROVINCE),
                text(cycle, VAR_PLAN_PERIOD), fiscalYear instanceof Number n ? n.intValue()
                        : Integer.parseInt(fiscalYear.toString()),
                date(cycle, VAR_PROPOSALS_DUE), date(cycle, VAR_HEARING_DATE), text(cycle, VAR_HEARING_VENUE),
                time(cycle, VAR_HEARING_TIME), date(cycle, VAR_COMMITTEE_DATE), date(cycle, VAR_SUBMISSION_DEADLINE),
                agencies instanceof Collection<?> ids ? ids.stream().map(Object::toString).toList() : List.of(),
                text(cycle, VAR_DRAFT_SUMMARY), text(cycle, VAR_HEARING_SUMMARY),
                attendees instanceof Number n ? Integer.valueOf(n.intValue()) : null,
                text(cycle, VAR_REVISION_NOTE), text(cycle, VAR_COMMITTEE_NOTE));
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(VariableScope scope, String name) {
        String value = text(scope, name);
        return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }

    private static LocalTime time(VariableScope scope, String name) {
        String value = text(scope, name);
        return value == null ? null : LocalTime.parse(value);
    }
}
