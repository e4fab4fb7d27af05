package th.go.phuket.planning.proposal;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.task.InputChecks;

/**
 * The fields of one proposed project as a person or a client sent them, each read into its clean form or reported
 * under {@code projects[i].<field>} with the project's number (1-based) in the message.
 */
final class ProjectInput {

    static final BigDecimal MAX_BUDGET = new BigDecimal("100000000000");
    static final int MIN_FISCAL_YEAR = 2500;
    static final int MAX_FISCAL_YEAR = 2699;

    /** {@code 1500000}, {@code 1,500,000}, {@code 1500000.50}; a person may type thousands separators. */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final int ECHO_LIMIT = 40;

    private final InputChecks checks;
    private final JsonNode node;
    private final String path;
    private final int number;
    private boolean valid = true;

    ProjectInput(InputChecks checks, JsonNode node, String listName, int index) {
        this.checks = checks;
        this.node = node;
        this.path = listName + "[" + index + "]";
        this.number = index + 1;
    }

    boolean valid() {
        return valid;
    }

    String text(String key, int maxLength, boolean required) {
        JsonNode value = node.path(key);
        String label = checks.text("proposal.project.field." + key);
        if (isBlank(value)) {
            if (required) {
                reject(key, "proposal.project.required", label, key);
            }
            return null;
        }
        if (!value.isTextual()) {
            reject(key, "proposal.project.notText", label, key);
            return null;
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            reject(key, "proposal.project.tooLong", label, key, maxLength);
            return null;
        }
        return text;
    }

    BigDecimal budget() {
        String key = "budgetBaht";
        JsonNode value = node.path(key);
        if (isBlank(value)) {
            reject(key, "proposal.project.required", checks.text("proposal.project.field." + key), key);
            return null;
        }
        BigDecimal amount = amount(value);
        if (amount == null) {
            reject(key, "proposal.project.budget.notNumber", echo(value));
        } else if (amount.signum() <= 0) {
            reject(key, "proposal.project.budget.notPositive", echo(value));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            reject(key, "proposal.project.budget.tooPrecise", echo(value));
        } else if (amount.compareTo(MAX_BUDGET) > 0) {
            reject(key, "proposal.project.budget.tooLarge", echo(value), MAX_BUDGET.toPlainString());
        } else {
            BigDecimal clean = amount.stripTrailingZeros();
            return clean.scale() < 0 ? clean.setScale(0) : clean;
        }
        return null;
    }

    /** A B.E. year; empty means the cycle's fiscal year. */
    Integer fiscalYear(Supplier<Integer> cycleFiscalYear) {
        String key = "fiscalYear";
        JsonNode value = node.path(key);
        if (isBlank(value)) {
            return cycleFiscalYear.get();
        }
        String text = value.isNumber() && value.canConvertToExactIntegral() ? value.bigIntegerValue().toString()
                : value.isNumber() || value.isTextual() ? value.asText().strip() : "";
        if (!WHOLE.matcher(text).matches()) {
            reject(key, "proposal.project.fiscalYear.invalid", echo(value));
            return null;
        }
        int year = Integer.parseInt(text);
        if (!ThaiDates.looksLikeBuddhistYear(year) && year > 1900) {
            reject(key, "proposal.project.fiscalYear.commonEra", text, String.valueOf(year + ThaiDates.BE_OFFSET));
        } else if (year < MIN_FISCAL_YEAR || year > MAX_FISCAL_YEAR) {
            reject(key, "proposal.project.fiscalYear.invalid", text);
        } else {
            return year;
        }
        return null;
    }

    /** A {@link ProjectLocation} code; optional (no district means the whole province). */
    String district() {
        String key = "district";
        JsonNode value = node.path(key);
        if (isBlank(value)) {
            return null;
        }
        var location = value.isTextual() ? ProjectLocation.find(value.asText()) : java.util.Optional.<ProjectLocation>empty();
        if (location.isEmpty()) {
            reject(key, "proposal.project.district.unknown", echo(value), String.join(", ", ProjectLocation.codes()));
            return null;
        }
        return location.get().code();
    }

    JsonNode alignmentNode() {
        return node.path("alignment");
    }

    /** Reports a problem of this project under {@code projects[i].<field>}: the first argument is its number. */
    void reject(String field, String messageKey, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = number;
        System.arraycopy(details, 0, args, 1, details.length);
        checks.reject(path + "." + field, messageKey, args);
        valid = false;
    }

    static boolean isBlank(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank()
                || value.isContainerNode() && value.isEmpty();
    }

    private static BigDecimal amount(JsonNode value) {
        if (value.isNumber()) {
            return value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()) ? null : value.decimalValue();
        }
        if (value.isTextual() && AMOUNT.matcher(value.asText().strip()).matches()) {
            return new BigDecimal(value.asText().strip().replace(",", ""));
        }
        return null;
    }

    private static String echo(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }
}
