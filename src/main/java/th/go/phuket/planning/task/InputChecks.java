package th.go.phuket.planning.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the variables a user sends with a task (from a Camunda Form or engine REST), collecting every problem in
 * {@link Violations} and every value that needs a clean form (a count sent as text, a date with blanks) in
 * {@link #corrections()}. One instance per check run.
 */
public final class InputChecks {

    /** Long texts: Camunda keeps a String variable in a 4000-character column. */
    public static final int MAX_LONG_TEXT = 4000;
    /** One-line texts such as a venue or a letter number. */
    public static final int MAX_SHORT_TEXT = 200;

    /** Besides ordinary white space, Thai text often carries zero-width and no-break spaces. */
    private static final Pattern BLANK = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    /** A time of day; a form's time picker may add seconds or an offset, which a forum's start time does not need. */
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    /** A year this high is a Buddhist Era year typed into a Gregorian date. */
    private static final int FIRST_BUDDHIST_ERA_YEAR = 2400;
    private static final int ECHO_LIMIT = 40;

    private final Function<String, Object> variables;
    private final Function<String, Object> processValues;
    private final ValidationMessages messages;
    private final Violations violations = new Violations();
    private final Map<String, Object> corrections = new LinkedHashMap<>();

    /**
     * @param variables the task's variables, with the user's values
     * @param processValues a value of the task's process or of the process that called it, read only when a rule asks
     */
    public InputChecks(Function<String, Object> variables, Function<String, Object> processValues,
            ValidationMessages messages) {
        this.variables = variables;
        this.processValues = processValues;
        this.messages = messages;
    }

    public Optional<String> requiredText(String name, int maxLength) {
        return text(name, maxLength, "task.input.required");
    }

    /** Required, with a message of its own that says when (e.g. only when a proposal is returned). */
    public Optional<String> requiredText(String name, int maxLength, String missingMessageKey) {
        return text(name, maxLength, missingMessageKey);
    }

    public Optional<String> optionalText(String name, int maxLength) {
        return text(name, maxLength, null);
    }

    /** One of a fixed set of codes, e.g. {@code accepted | returned}; always required. */
    public Optional<String> choice(String name, List<String> allowed) {
        Object value = variables.apply(name);
        if (isBlank(value)) {
            violations.add(name, message("task.input.requiredChoice", name));
        } else if (!(value instanceof String code) || !allowed.contains(code)) {
            violations.add(name, message("task.input.badChoice", name, String.join(", ", allowed), echo(value)));
        } else {
            return Optional.of(code);
        }
        return Optional.empty();
    }

    /** A real calendar day written {@code yyyy-MM-dd} (Gregorian year), as the form's date picker sends it. */
    public Optional<LocalDate> requiredIsoDate(String name) {
        Object value = variables.apply(name);
        if (isBlank(value)) {
            violations.add(name, message("task.input.required", name));
            return Optional.empty();
        }
        String text = value instanceof String string ? string.strip() : null;
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            violations.add(name, message("task.input.badDate", name, echo(value)));
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() >= FIRST_BUDDHIST_ERA_YEAR) {
                violations.add(name, message("task.input.buddhistYear", name, text));
                return Optional.empty();
            }
            correctIfChanged(name, value, text);
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            violations.add(name, message("task.input.badDate", name, echo(value)));
            return Optional.empty();
        }
    }

    /** An optional time of day, stored as {@code HH:mm} (e.g. 9.30 or 09:30:00+07:00 becomes 09:30). */
    public Optional<LocalTime> optionalTime(String name) {
        Object value = variables.apply(name);
        if (isBlank(value)) {
            return Optional.empty();
        }
        var time = value instanceof String text ? TIME_OF_DAY.matcher(text.strip()) : null;
        if (time == null || !time.matches()) {
            violations.add(name, message("task.input.badTime", name, echo(value)));
            return Optional.empty();
        }
        LocalTime clean = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        correctIfChanged(name, value, clean.toString());
        return Optional.of(clean);
    }

    /** A whole number within bounds; a numeric text (as some REST clients send it) is stored back as an Integer. */
    public Optional<Integer> requiredWholeNumber(String name, int min, int max) {
        Object value = variables.apply(name);
        if (isBlank(value)) {
            violations.add(name, message("task.input.required", name));
            return Optional.empty();
        }
        BigDecimal number = asNumber(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            violations.add(name, message("task.input.notWholeNumber", name, echo(value)));
            return Optional.empty();
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(name, message("task.input.outOfRange", name, min, max, echo(value)));
            return Optional.empty();
        }
        Integer whole = number.intValueExact();
        correctIfChanged(name, value, whole);
        return Optional.of(whole);
    }

    /** The value as the user gave it, for rules that check structured input such as the JSON list of projects. */
    public Object value(String name) {
        return variables.apply(name);
    }

    /** A value of the task's process, or of the process that called it: a contribution's review reads the cycle's. */
    public Object processValue(String name) {
        return processValues.apply(name);
    }

    /**
     * A problem found by a rule of its own, under {@code field} (e.g. {@code projects[1].budgetBaht}); the message is
     * {@code messageKey} of {@code messages.properties} formatted with {@code args} as given.
     */
    public void reject(String field, String messageKey, Object... args) {
        violations.add(field, messages.format(messageKey, args));
    }

    /** A text of {@code messages.properties}, e.g. the Thai name of a field inside a structured value. */
    public String text(String messageKey, Object... args) {
        return messages.format(messageKey, args);
    }

    /** Stores {@code clean} under {@code name} when the task completes, e.g. a list in its canonical JSON form. */
    public void correct(String name, Object clean) {
        corrections.put(name, clean);
    }

    public Violations violations() {
        return violations;
    }

    /** Values to store back in their clean form, by variable name. */
    public Map<String, Object> corrections() {
        return Map.copyOf(corrections);
    }

    private Optional<String> text(String name, int maxLength, String missingMessageKey) {
        Object value = variables.apply(name);
        if (isBlank(value)) {
            if (missingMessageKey != null) {
                violations.add(name, message(missingMessageKey, name));
            }
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            violations.add(name, message("task.input.notText", name, value.getClass().getSimpleName()));
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            violations.add(name, message("task.input.tooLong", name, maxLength, text.length()));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static BigDecimal asNumber(Object value) {
        try {
            if (value instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            if (value instanceof String text && WHOLE_NUMBER.matcher(text.strip()).matches()) {
                return new BigDecimal(text.strip());
            }
        } catch (NumberFormatException e) {
            // NaN or infinity: not a number a person counted
        }
        return null;
    }

    private void correctIfChanged(String name, Object given, Object clean) {
        if (!clean.equals(given)) {
            corrections.put(name, clean);
        }
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && BLANK.matcher(text).matches();
    }

    private String message(String key, String name, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = messages.fieldLabel(name);
        args[1] = name;
        System.arraycopy(details, 0, args, 2, details.length);
        return messages.format(key, args);
    }

    /** Shows the user what they sent, but never a whole oversized value. */
    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }
}
