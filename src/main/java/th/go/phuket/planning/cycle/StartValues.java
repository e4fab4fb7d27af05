package th.go.phuket.planning.cycle;

import static th.go.phuket.planning.cycle.CycleProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/** Reads one start value each, as people and programs send them; a wrong one is named in {@code errors}. */
final class StartValues {

    /** A year this high is a Buddhist Era year typed into a Gregorian date. */
    static final int FIRST_BUDDHIST_ERA_YEAR = 2400;

    private StartValues() {
    }

    static String text(Object value, String fallback, String field, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        if (!(value instanceof CharSequence)) {
            // a JSON object or number would otherwise be kept as its Java text ("{th=ภูเก็ต}") in titles and emails
            errors.put(field, Messages.get("cycle.start.text.notText", field));
        } else if (text.length() > CycleStartParser.MAX_TEXT) {
            errors.put(field, Messages.get("cycle.start.text.tooLong", field, CycleStartParser.MAX_TEXT));
        } else if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            // a province name never holds markup: refuse it rather than carry it into titles and emails
            errors.put(field, Messages.get("cycle.start.text.markup", field));
        }
        return text;
    }

    /** The period given (normalised to {@code 2561-2564}), null when none was given or it is wrong. */
    static String planPeriod(Object value, Map<String, String> errors) {
        String period = blankToNull(value);
        if (period == null) {
            return null;
        }
        var match = CycleStartParser.PLAN_PERIOD.matcher(period.replace('–', '-'));
        if (!match.matches() || Integer.parseInt(match.group(2)) <= Integer.parseInt(match.group(1))) {
            errors.put(VAR_PLAN_PERIOD, Messages.get("cycle.start.planPeriod.invalid", shorten(period)));
            return null;
        }
        return match.group(1) + "-" + match.group(2);
    }

    /** The B.E. year given, null when none was given or it is wrong. */
    static Integer fiscalYear(Object value, Map<String, String> errors) {
        if (value == null || blankToNull(value) == null) {
            return null;
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

    /** The date given, null when none was given or it is wrong (then named in {@code errors}). */
    static LocalDate date(Map<String, ?> variables, String field, Map<String, String> errors) {
        Object value = variables.get(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
        }
        String text = blankToNull(value);
        if (text == null) {
            return null;
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

    static void inOrder(LocalDate earlier, String earlierField, LocalDate later, String laterField,
                         Map<String, String> errors) {
        if (earlier != null && later != null && later.isBefore(earlier) && !errors.containsKey(laterField)) {
            errors.put(laterField, Messages.get("cycle.start.date.order", laterField, later, earlierField, earlier));
        }
    }

    /** {@code true}, {@code false} or not given (false); anything else is named in {@code errors}. */
    static boolean flag(Object value, String field, Map<String, String> errors) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        String text = value.toString().trim();
        if (text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        errors.put(field, Messages.get("cycle.start.flag.invalid", field, shorten(text)));
        return false;
    }

    static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** Echo bad input back to the user, but never a whole oversized value. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
