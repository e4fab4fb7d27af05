package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/** Turns the start variables of a cycle (from a form, JSON or engine REST) into {@link CycleSettings}, or refuses. */
@Component
public class CycleStartParser {

    static final Pattern CYCLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,39}");
    static final Pattern PLAN_PERIOD = Pattern.compile("(25\\d\\d)-(25\\d\\d)");
    static final int MAX_TEXT = 200;
    /** A year this high is a Buddhist Era year typed into a Gregorian date. */
    static final int FIRST_BUDDHIST_ERA_YEAR = 2400;

    private final AgencyDirectory directory;

    public CycleStartParser(AgencyDirectory directory) {
        this.directory = directory;
    }

    public CycleSettings parse(Map<String, ?> variables, String businessKey) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cycleId = cycleId(variables.get(VAR_CYCLE_ID), businessKey, errors);
        String province = text(variables.get(VAR_PROVINCE), CycleSettings.DEFAULT_PROVINCE, VAR_PROVINCE, errors);
        String planPeriod = planPeriod(variables.get(VAR_PLAN_PERIOD), errors);
        Integer fiscalYear = fiscalYear(variables.get(VAR_FISCAL_YEAR), errors);
        LocalDate proposalsDue = date(variables, VAR_PROPOSALS_DUE, CycleSettings.DEFAULT_PROPOSALS_DUE, errors);
        LocalDate hearing = date(variables, VAR_HEARING_DATE, CycleSettings.DEFAULT_HEARING_DATE, errors);
        LocalDate committee = date(variables, VAR_COMMITTEE_DATE, CycleSettings.DEFAULT_COMMITTEE_DATE, errors);
        LocalDate deadline = date(variables, VAR_SUBMISSION_DEADLINE, CycleSettings.DEFAULT_SUBMISSION_DEADLINE, errors);
        inOrder(proposalsDue, VAR_PROPOSALS_DUE, hearing, VAR_HEARING_DATE, errors);
        inOrder(hearing, VAR_HEARING_DATE, committee, VAR_COMMITTEE_DATE, errors);
        inOrder(committee, VAR_COMMITTEE_DATE, deadline, VAR_SUBMISSION_DEADLINE, errors);
        List<String> agencyIds = agencies(variables.get(VAR_AGENCIES), errors);
        if (!errors.isEmpty()) {
            throw new CycleStartRefusedException(errors, false);
        }
        return new CycleSettings(cycleId, province, planPeriod, fiscalYear, proposalsDue, hearing, committee,
                deadline, agencyIds);
    }

    private String cycleId(Object value, String businessKey, Map<String, String> errors) {
        String fromVariable = blankToNull(value);
        String fromKey = blankToNull(businessKey);
        if (fromVariable != null && fromKey != null && !fromVariable.equals(fromKey)) {
            errors.put(VAR_CYCLE_ID, Messages.get("cycle.start.cycleId.mismatch", fromVariable, fromKey));
            return null;
        }
        String id = fromVariable != null ? fromVariable : fromKey != null ? fromKey : CycleSettings.DEFAULT_CYCLE_ID;
        if (!CYCLE_ID.matcher(id).matches()) {
            errors.put(VAR_CYCLE_ID, Messages.get("cycle.start.cycleId.invalid", shorten(id)));
        }
        return id;
    }

    private String text(Object value, String fallback, String field, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        if (!(value instanceof CharSequence)) {
            // a JSON object or number would otherwise be kept as its Java text ("{th=ภูเก็ต}") in titles and emails
            errors.put(field, Messages.get("cycle.start.text.notText", field));
        } else if (text.length() > MAX_TEXT) {
            errors.put(field, Messages.get("cycle.start.text.tooLong", field, MAX_TEXT));
        } else if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            // a province name never holds markup: refuse it rather than carry it into titles and emails
            errors.put(field, Messages.get("cycle.start.text.markup", field));
        }
        return text;
    }

    private String planPeriod(Object value, Map<String, String> errors) {
        String period = blankToNull(value);
        if (period == null) {
            return CycleSettings.DEFAULT_PLAN_PERIOD;
        }
        var match = PLAN_PERIOD.matcher(period.replace('–', '-'));
        if (!match.matches() || Integer.parseInt(match.group(2)) <= Integer.parseInt(match.group(1))) {
            errors.put(VAR_PLAN_PERIOD, Messages.get("cycle.start.planPeriod.invalid", shorten(period)));
            return null;
        }
        return match.group(1) + "-" + match.group(2);
    }

    private Integer fiscalYear(Object value, Map<String, String> errors) {
        if (value == null || blankToNull(value) == null) {
            return CycleSettings.DEFAULT_FISCAL_YEAR;
        }
        try {
            int year = value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                    ? number.intValue() : Integer.parseInt(value.toString().trim());
            if (year >= 2500 && year <= 2700) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(VAR_FISCAL_YEAR, Messages.get("cycle.start.fiscalYear.invalid", shorten(value.toString())));
        return null;
    }

    private LocalDate date(Map<String, ?> variables, String field, LocalDate fallback, Map<String, String> errors) {
        Object value = variables.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
        }
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= FIRST_BUDDHIST_ERA_YEAR) {
                // 2561-08-31 parses as a real date 543 years ahead: the usual slip of a Thai writer
                errors.put(field, Messages.get("cycle.start.date.buddhistYear", field, shorten(text)));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.get("cycle.start.date.invalid", field, shorten(text)));
            return null;
        }
    }

    private void inOrder(LocalDate earlier, String earlierField, LocalDate later, String laterField,
                         Map<String, String> errors) {
        if (earlier != null && later != null && later.isBefore(earlier) && !errors.containsKey(laterField)) {
            errors.put(laterField, Messages.get("cycle.start.date.order", laterField, later, earlierField, earlier));
        }
    }

    private List<String> agencies(Object value, Map<String, String> errors) {
        List<String> requested = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> requested.add(String.valueOf(item).trim()));
        } else if (blankToNull(value) != null) {
            for (String id : value.toString().split(",")) {
                requested.add(id.trim());
            }
        }
        requested.removeIf(String::isEmpty);
        if (requested.isEmpty()) {
            return directory.ids();
        }
        List<String> unknown = requested.stream().filter(id -> directory.find(id).isEmpty()).map(this::shorten).toList();
        if (!unknown.isEmpty()) {
            errors.put(VAR_AGENCIES, Messages.get("cycle.start.agencies.unknown", String.join(", ", unknown)));
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    private static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** Echo bad input back to the user, but never a whole oversized value. */
    private String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
