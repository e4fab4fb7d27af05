package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/**
 * Turns the start variables of a cycle (from a form, JSON or engine REST) into {@link CycleSettings}, or refuses. The
 * values not given follow the dates ({@link CycleDefaults}); a cycle whose working days fall in a year without
 * recorded holidays is refused, naming the year, unless the start says {@code allowMissingHolidays: true}.
 */
@Component
public class CycleStartParser {

    /** Start variable: the office confirms a cycle may count weekends only in a year without holidays. */
    public static final String VAR_ALLOW_MISSING_HOLIDAYS = "allowMissingHolidays";

    static final Pattern CYCLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");
    static final Pattern PLAN_PERIOD = Pattern.compile("(25\\d\\d)-(25\\d\\d)");
    static final int MAX_TEXT = 200;
    /** How far ahead of the deadline's own fiscal year a cycle may plan. */
    static final int MAX_FISCAL_YEARS_AHEAD = 5;

    private final AgencyDirectory directory;
    private final IntPredicate hasHolidays;

    /** {@code hasHolidays}: whether the holiday table has any holiday in that C.E. year. */
    public CycleStartParser(AgencyDirectory directory, IntPredicate hasHolidays) {
        this.directory = directory;
        this.hasHolidays = hasHolidays;
    }

    @Autowired
    public CycleStartParser(AgencyDirectory directory, HolidayRepository holidays) {
        this(directory, year -> holidays.cached().years().contains(year));
    }

    /** The settings of a start on {@code today}, or a refusal naming every wrong field. */
    public CycleSettings parse(Map<String, ?> variables, String businessKey, LocalDate today) {
        CycleStart start = check(variables, businessKey, today);
        if (!start.valid()) {
            throw new CycleStartRefusedException(start.errors(), false);
        }
        return start.settings();
    }

    /** What a start on {@code today} with these values would be, derived values and problems included. */
    public CycleStart check(Map<String, ?> variables, String businessKey, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String province = StartValues.text(variables.get(VAR_PROVINCE), CycleSettings.DEFAULT_PROVINCE, VAR_PROVINCE,
                errors);
        LocalDate proposalsDue = StartValues.date(variables, VAR_PROPOSALS_DUE, errors);
        LocalDate hearing = StartValues.date(variables, VAR_HEARING_DATE, errors);
        LocalDate committee = StartValues.date(variables, VAR_COMMITTEE_DATE, errors);
        LocalDate deadline = StartValues.date(variables, VAR_SUBMISSION_DEADLINE, errors);
        if (deadline == null && !errors.containsKey(VAR_SUBMISSION_DEADLINE)) {
            deadline = CycleDefaults.deadline(proposalsDue, hearing, committee);
        }
        if (deadline != null) {
            proposalsDue = given(proposalsDue, VAR_PROPOSALS_DUE, errors, CycleDefaults.proposalsDue(deadline));
            hearing = given(hearing, VAR_HEARING_DATE, errors, CycleDefaults.hearingDate(deadline));
            committee = given(committee, VAR_COMMITTEE_DATE, errors, CycleDefaults.committeeDate(deadline));
        }
        StartValues.inOrder(proposalsDue, VAR_PROPOSALS_DUE, hearing, VAR_HEARING_DATE, errors);
        StartValues.inOrder(hearing, VAR_HEARING_DATE, committee, VAR_COMMITTEE_DATE, errors);
        StartValues.inOrder(committee, VAR_COMMITTEE_DATE, deadline, VAR_SUBMISSION_DEADLINE, errors);

        Integer fiscalYear = StartValues.fiscalYear(variables.get(VAR_FISCAL_YEAR), errors);
        if (fiscalYear == null && !errors.containsKey(VAR_FISCAL_YEAR) && deadline != null) {
            fiscalYear = CycleDefaults.fiscalYear(deadline);
        }
        checkFiscalYear(fiscalYear, deadline, errors);
        String planPeriod = StartValues.planPeriod(variables.get(VAR_PLAN_PERIOD), errors);
        if (planPeriod == null && !errors.containsKey(VAR_PLAN_PERIOD) && fiscalYear != null) {
            planPeriod = CycleDefaults.planPeriod(fiscalYear);
        }
        checkPeriodHoldsYear(planPeriod, fiscalYear, errors);
        String cycleId = cycleId(variables.get(VAR_CYCLE_ID), businessKey, province, fiscalYear, errors);
        List<String> agencyIds = agencies(variables.get(VAR_AGENCIES), errors);

        boolean allowMissing = StartValues.flag(variables.get(VAR_ALLOW_MISSING_HOLIDAYS), VAR_ALLOW_MISSING_HOLIDAYS,
                errors);
        List<Integer> missing = yearsWithoutHolidays(today, proposalsDue, hearing, committee, deadline);
        if (!missing.isEmpty() && !allowMissing) {
            errors.put(VAR_ALLOW_MISSING_HOLIDAYS, Messages.get("cycle.start.holidays.missing",
                    String.join(", ", missing.stream().map(y -> (y + ThaiDates.BE_OFFSET) + " (" + y + ")").toList()),
                    VAR_ALLOW_MISSING_HOLIDAYS));
        }
        return new CycleStart(cycleId, province, planPeriod, fiscalYear, proposalsDue, hearing, committee, deadline,
                agencyIds, allowMissing, missing, errors);
    }

    private static LocalDate given(LocalDate value, String field, Map<String, String> errors, LocalDate derived) {
        return value != null || errors.containsKey(field) ? value : derived;
    }

    /**
     * The C.E. years whose holidays the cycle's working days need: those of its four dates, and of the start day
     * when it comes before the proposals are due (the draft's due date counts from it).
     */
    private List<Integer> yearsWithoutHolidays(LocalDate today, LocalDate... dates) {
        SortedSet<Integer> years = new TreeSet<>();
        Stream.of(dates).filter(Objects::nonNull).forEach(date -> years.add(date.getYear()));
        if (dates[0] != null && today.isBefore(dates[0])) {
            years.add(today.getYear());
        }
        return years.stream().filter(year -> !hasHolidays.test(year)).toList();
    }

    private static void checkFiscalYear(Integer fiscalYear, LocalDate deadline, Map<String, String> errors) {
        if (fiscalYear == null || deadline == null || errors.containsKey(VAR_SUBMISSION_DEADLINE)) {
            return;
        }
        int deadlineYear = ThaiDates.fiscalYearOf(deadline);
        if (fiscalYear < deadlineYear || fiscalYear > deadlineYear + MAX_FISCAL_YEARS_AHEAD) {
            errors.putIfAbsent(VAR_FISCAL_YEAR, Messages.get("cycle.start.fiscalYear.outOfReach",
                    String.valueOf(fiscalYear), String.valueOf(deadlineYear),
                    String.valueOf(deadlineYear + MAX_FISCAL_YEARS_AHEAD)));
        }
    }

    private static void checkPeriodHoldsYear(String planPeriod, Integer fiscalYear, Map<String, String> errors) {
        if (planPeriod == null || fiscalYear == null) {
            return;
        }
        String[] years = planPeriod.split("-");
        if (fiscalYear < Integer.parseInt(years[0]) || fiscalYear > Integer.parseInt(years[1])) {
            errors.putIfAbsent(VAR_PLAN_PERIOD, Messages.get("cycle.start.planPeriod.outside", planPeriod,
                    String.valueOf(fiscalYear)));
        }
    }

    private String cycleId(Object value, String businessKey, String province, Integer fiscalYear,
                           Map<String, String> errors) {
        String fromVariable = StartValues.blankToNull(value);
        String fromKey = StartValues.blankToNull(businessKey);
        if (fromVariable != null && fromKey != null && !fromVariable.equals(fromKey)) {
            errors.put(VAR_CYCLE_ID, Messages.get("cycle.start.cycleId.mismatch", fromVariable, fromKey));
            return null;
        }
        String id = fromVariable != null ? fromVariable : fromKey != null ? fromKey
                : fiscalYear != null ? CycleDefaults.cycleId(province, fiscalYear) : null;
        if (id != null && !CYCLE_ID.matcher(id).matches()) {
            errors.put(VAR_CYCLE_ID, Messages.get("cycle.start.cycleId.invalid", StartValues.shorten(id)));
        }
        return id;
    }

    private List<String> agencies(Object value, Map<String, String> errors) {
        List<String> requested = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> requested.add(String.valueOf(item).trim()));
        } else if (StartValues.blankToNull(value) != null) {
            for (String id : value.toString().split(",")) {
                requested.add(id.trim());
            }
        }
        requested.removeIf(String::isEmpty);
        if (requested.isEmpty()) {
            // the directory as it is now: a retired agency is not invited
            return directory.activeIds();
        }
        List<String> unknown = requested.stream().filter(id -> directory.find(id).isEmpty())
                .map(StartValues::shorten).toList();
        List<String> retired = requested.stream().filter(id -> directory.find(id).filter(a -> !a.active()).isPresent())
                .toList();
        if (!unknown.isEmpty()) {
            errors.put(VAR_AGENCIES, Messages.get("cycle.start.agencies.unknown", String.join(", ", unknown)));
        } else if (!retired.isEmpty()) {
            errors.put(VAR_AGENCIES, Messages.get("cycle.start.agencies.retired", String.join(", ", retired)));
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }
}
