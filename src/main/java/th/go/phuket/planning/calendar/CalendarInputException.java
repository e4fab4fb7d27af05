package th.go.phuket.planning.calendar;

/**
 * A date or holiday given by a person or a data file that cannot be used. The message is shown to users as is:
 * Thai first, then English in parentheses.
 */
public class CalendarInputException extends IllegalArgumentException {

    public CalendarInputException(String message) {
        super(message);
    }
}
