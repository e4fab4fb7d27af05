package th.go.phuket.planning.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Told when days become holidays or stop being holidays (added, moved, removed, imported), inside the transaction of
 * the change: whatever depends on working days (the due dates of open tasks, their reminders) follows at once, and a
 * failure undoes the change too.
 */
public interface HolidayChangeListener {

    /**
     * @param dates the days whose holiday status changed
     * @return how many open tasks had their due date moved
     */
    int holidaysChanged(Set<LocalDate> dates);

    /**
     * Whether {@code failure} only means that something else changed the same rows at the same moment (a timer
     * firing while its due date was moved): the whole change is then tried again.
     */
    default boolean isConflict(RuntimeException failure) {
        return false;
    }
}
