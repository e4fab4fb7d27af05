package th.go.phuket.planning.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's changes to the holiday table (page, API, a year's file): each one in a transaction of its own, kept in
 * {@code pc_holiday_change} with who and when, and passed on to the {@link HolidayChangeListener}s when a day stops or
 * starts being a holiday, so the due dates of open tasks follow in the same transaction.
 */
@Component
public class HolidayBook {

    /** A holiday written: whether it is new, and how many open tasks moved because of it. */
    public record Edit(Holiday holiday, boolean created, int tasksMoved) {
    }

    /** A year's file taken: what it added, changed and removed, and how many open tasks moved. */
    public record Import(int year, int added, int changed, int removed, int unchanged, int tasksMoved) {
    }

    private final HolidayRepository repository;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Supplier<List<HolidayChangeListener>> listeners;
    private final Clock clock;

    /** The application's book: its transactions, and every {@link HolidayChangeListener} bean. */
    @Autowired
    public HolidayBook(HolidayRepository repository, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       ObjectProvider<HolidayChangeListener> listeners) {
        this(repository, jdbc, new TransactionTemplate(transactionManager), () -> listeners.orderedStream().toList(),
                Clock.systemUTC());
    }

    /** {@code listeners} is asked at each change (they may need beans made after this one, such as the engine). */
    public HolidayBook(HolidayRepository repository, JdbcTemplate jdbc, TransactionTemplate transactions,
                       Supplier<List<HolidayChangeListener>> listeners, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Adds the holiday, or changes the one on its date. */
    public Edit save(Holiday holiday, String by) {
        return inTransaction(() -> {
            Optional<Holiday> before = repository.findByDate(holiday.date());
            boolean created = repository.save(holiday);
            int moved = created ? tellListeners(Set.of(holiday.date())) : 0;
            if (!before.map(holiday::equals).orElse(false)) {
                log(created ? HolidayChange.ADD : HolidayChange.CHANGE, holiday.date(), before.orElse(null), holiday,
                        moved, by);
            }
            return new Edit(holiday, created, moved);
        });
    }

    /**
     * Moves the holiday on {@code from} to {@code to} (as the Cabinet moves one); empty when {@code from} has none.
     *
     * @throws HolidayTakenException when {@code to} already has a holiday
     */
    public Optional<Edit> move(LocalDate from, LocalDate to, String by) {
        return inTransaction(() -> {
            Optional<Holiday> before = repository.findByDate(from);
            if (before.isEmpty() || from.equals(to)) {
                return before.map(holiday -> new Edit(holiday, false, 0));
            }
            if (repository.findByDate(to).isPresent()) {
                throw new HolidayTakenException(to);
            }
            try {
                repository.move(from, to);
            } catch (DuplicateKeyException takenMeanwhile) {
                throw new HolidayTakenException(to);
            }
            Holiday after = before.get().on(to);
            int moved = tellListeners(Set.of(from, to));
            log(HolidayChange.MOVE, to, before.get(), after, moved, by);
            return Optional.of(new Edit(after, false, moved));
        });
    }

    /** Removes the holiday on {@code date}; empty when there is none. */
    public Optional<Edit> remove(LocalDate date, String by) {
        return inTransaction(() -> {
            Optional<Holiday> before = repository.findByDate(date);
            if (before.isEmpty() || !repository.delete(date)) {
                return Optional.empty();
            }
            int moved = tellListeners(Set.of(date));
            log(HolidayChange.REMOVE, date, before.get(), null, moved, by);
            return Optional.of(new Edit(before.get(), false, moved));
        });
    }

    /**
     * Makes the holidays of {@code year} those of {@code rows} (a year's list as the Cabinet announced it): dates not
     * in the file are removed, new ones added, changed ones updated. Refused whole, naming each problem, when a row
     * lies outside the year or a date repeats.
     */
    public Import importYear(int year, List<Holiday> rows, String fileName, String by) {
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (Holiday row : rows) {
            if (row.date().getYear() != year) {
                problems.add(CalendarMessages.get("calendar.import.otherYear", fileName, row.date(), year));
            } else if (!seen.add(row.date())) {
                problems.add(CalendarMessages.get("calendar.import.repeated", fileName, row.date()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(CalendarMessages.get("calendar.import.noRows", fileName));
        }
        if (!problems.isEmpty()) {
            throw new HolidayFileException(problems);
        }
        return inTransaction(() -> {
            Map<LocalDate, Holiday> current = new HashMap<>();
            repository.findByYear(year).forEach(holiday -> current.put(holiday.date(), holiday));
            List<Runnable> logs = new ArrayList<>();
            Set<LocalDate> statusChanged = new HashSet<>();
            int added = 0;
            int changed = 0;
            for (Holiday row : rows) {
                Holiday before = current.remove(row.date());
                if (before == null) {
                    repository.add(row);
                    statusChanged.add(row.date());
                    logs.add(() -> log(HolidayChange.ADD, row.date(), null, row, 0, by));
                    added++;
                } else if (!before.equals(row)) {
                    repository.update(row);
                    logs.add(() -> log(HolidayChange.CHANGE, row.date(), before, row, 0, by));
                    changed++;
                }
            }
            for (Holiday gone : current.values()) {
                repository.delete(gone.date());
                statusChanged.add(gone.date());
                logs.add(() -> log(HolidayChange.REMOVE, gone.date(), gone, null, 0, by));
            }
            int moved = statusChanged.isEmpty() ? 0 : tellListeners(statusChanged);
            logs.forEach(Runnable::run);
            return new Import(year, added, changed, current.size(), rows.size() - added - changed, moved);
        });
    }

    /** The changes made to the holidays of {@code year}, newest first. */
    public List<HolidayChange> changes(int year) {
        return jdbc.query("SELECT changed_at, changed_by, action, holiday_date, before_value, after_value, tasks_moved"
                        + " FROM pc_holiday_change WHERE holiday_date BETWEEN ? AND ? ORDER BY changed_at DESC, id DESC",
                (rs, n) -> new HolidayChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("action"), rs.getObject("holiday_date", LocalDate.class),
                        nullToEmpty(rs.getString("before_value")), nullToEmpty(rs.getString("after_value")),
                        rs.getInt("tasks_moved")),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private int tellListeners(Set<LocalDate> dates) {
        return repository.pinned(() -> listeners.get().stream().mapToInt(listener -> listener.holidaysChanged(dates)).sum());
    }

    private void log(String action, LocalDate date, Holiday before, Holiday after, int tasksMoved, String by) {
        jdbc.update("INSERT INTO pc_holiday_change (changed_at, changed_by, action, holiday_date, before_value,"
                        + " after_value, tasks_moved) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), by, action, date, emptyToNull(HolidayChange.describe(before)),
                emptyToNull(HolidayChange.describe(after)), tasksMoved);
    }

    /** A change meeting a timer that fires at the same moment is tried again, up to this many times in all. */
    static final int ATTEMPTS = 3;

    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                boolean conflict = listeners.get().stream().anyMatch(listener -> listener.isConflict(e));
                if (!conflict || attempt == ATTEMPTS) {
                    throw e;
                }
            } finally {
                // committed or not, every node's next look reads the table again (this one at once)
                repository.refresh();
            }
        }
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
