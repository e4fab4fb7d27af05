package th.go.phuket.planning.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** An immutable list of holidays, one per date, in date order. */
public final class Holidays implements HolidaySource {

    private final NavigableMap<LocalDate, Holiday> byDate;
    private final SortedSet<Integer> years = new TreeSet<>();

    private Holidays(NavigableMap<LocalDate, Holiday> byDate) {
        this.byDate = byDate;
        byDate.keySet().forEach(date -> years.add(date.getYear()));
    }

    /** @throws CalendarInputException when two holidays share a date */
    public static Holidays of(Collection<Holiday> holidays) {
        NavigableMap<LocalDate, Holiday> byDate = new TreeMap<>();
        for (Holiday holiday : holidays) {
            if (byDate.putIfAbsent(holiday.date(), holiday) != null) {
                throw new CalendarInputException(CalendarMessages.get("calendar.holiday.duplicate", holiday.date()));
            }
        }
        return new Holidays(byDate);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return byDate.containsKey(date);
    }

    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Holidays from {@code from} to {@code to}, both inclusive. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return List.copyOf(byDate.subMap(from, true, to, true).values());
    }

    public List<Holiday> inYear(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public List<Holiday> all() {
        return List.copyOf(byDate.values());
    }

    /** The C.E. years with at least one holiday: a year outside these has no holiday data at all. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(years);
    }

    public int size() {
        return byDate.size();
    }
}
