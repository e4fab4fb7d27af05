package th.go.phuket.planning.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import th.go.phuket.planning.support.Messages;

/**
 * What a start with some values would be: every value the cycle gets (given or derived, see
 * {@link CycleDefaults}; null where a given value is wrong), the years without recorded holidays its working days
 * would fall in, and every problem by field. Shown before the start ({@code GET /api/cycles/defaults}) and checked
 * at the start.
 */
public record CycleStart(String cycleId, String province, String planPeriod, Integer fiscalYear,
                         LocalDate proposalsDue, LocalDate hearingDate, LocalDate committeeDate,
                         LocalDate submissionDeadline, List<String> agencyIds, boolean allowMissingHolidays,
                         List<Integer> yearsWithoutHolidays, Map<String, String> errors) {

    public CycleStart {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
        yearsWithoutHolidays = List.copyOf(yearsWithoutHolidays);
        errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** {@code ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564 และแผนปฏิบัติราชการประจำปี พ.ศ. 2563}; null without its parts. */
    public String title() {
        if (province == null || planPeriod == null || fiscalYear == null) {
            return null;
        }
        String[] years = planPeriod.split("-");
        return Messages.get("cycle.title", province, years[0], years[1], String.valueOf(fiscalYear));
    }

    /** The settings the cycle starts with; only for a valid start. */
    public CycleSettings settings() {
        if (!valid()) {
            throw new IllegalStateException("not a valid start: " + errors);
        }
        return new CycleSettings(cycleId, province, planPeriod, fiscalYear, proposalsDue, hearingDate, committeeDate,
                submissionDeadline, agencyIds);
    }
}
