package th.go.phuket.planning.calendar;

import java.util.List;

/** A holiday file refused whole: every problem of it, each naming the line (and column) or the date. */
public class HolidayFileException extends CalendarInputException {

    private final List<String> problems;

    public HolidayFileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
