package th.go.phuket.planning.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The holiday table {@code pc_holiday}, and the {@link HolidaySource} of the application's calendar. Working-day
 * arithmetic reads an in-memory copy of the whole table (a few dozen rows a year). The copy is dropped on every
 * edit made through this repository and, because several nodes may share one database, also when it is older
 * than {@code cacheTtl}, so an edit made on another node is seen within that time.
 */
@Component
public class HolidayRepository implements HolidaySource {

    private static final Logger log = LoggerFactory.getLogger(HolidayRepository.class);
    private static final String COLUMNS = "holiday_date, name_th, name_en, substitution, source, assumed";

    private final JdbcTemplate jdbc;
    private final long cacheTtlNanos;
    private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();
    /** Counts {@link #refresh()}es: a copy loaded while the table changed is used once but not kept. */
    private final AtomicLong generation = new AtomicLong();
    /** The holidays a change in progress on this thread sees (its own transaction's rows), see {@link #pinned}. */
    private final ThreadLocal<Holidays> pinned = new ThreadLocal<>();
    private volatile Snapshot cache;

    private record Snapshot(Holidays holidays, long loadedAtNanos) {
    }

    public HolidayRepository(JdbcTemplate jdbc, @Value("${planning.calendar.holiday-cache-ttl:PT1M}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.cacheTtlNanos = cacheTtl.toNanos();
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Holidays holidays = cached();
        if (!holidays.years().contains(date.getYear()) && yearsWarnedAbout.add(date.getYear())) {
            log.warn("No holidays recorded for {}: working days in that year skip weekends only. Add "
                    + "data/holidays-{}.csv or the holidays through /api/holidays.", date.getYear(), date.getYear());
        }
        return holidays.isHoliday(date);
    }

    /** All holidays as the calendar currently sees them (the cached copy). */
    public Holidays cached() {
        Holidays own = pinned.get();
        if (own != null) {
            return own;
        }
        Snapshot snapshot = cache;
        if (snapshot == null || System.nanoTime() - snapshot.loadedAtNanos() > cacheTtlNanos) {
            long loading = generation.get();
            snapshot = new Snapshot(Holidays.of(findAll()), System.nanoTime());
            if (generation.get() == loading) {
                cache = snapshot;
            }
        }
        return snapshot.holidays();
    }

    /** Forgets the cached copy; the next question reloads the table. */
    public void refresh() {
        generation.incrementAndGet();
        cache = null;
    }

    /**
     * Runs {@code work} with this thread's calendar seeing the table as the current transaction sees it (a change
     * not yet committed), whatever other threads have cached meanwhile.
     */
    public <T> T pinned(java.util.function.Supplier<T> work) {
        Holidays before = pinned.get();
        pinned.set(Holidays.of(findAll()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    public List<Holiday> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM pc_holiday ORDER BY holiday_date", HolidayRepository::toHoliday);
    }

    public List<Holiday> findByYear(int year) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pc_holiday WHERE holiday_date BETWEEN ? AND ? "
                + "ORDER BY holiday_date", HolidayRepository::toHoliday,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Optional<Holiday> findByDate(LocalDate date) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pc_holiday WHERE holiday_date = ?",
                HolidayRepository::toHoliday, date).stream().findFirst();
    }

    /** @throws DuplicateKeyException when the date already has a holiday */
    public void add(Holiday holiday) {
        jdbc.update("INSERT INTO pc_holiday (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                holiday.date(), holiday.nameTh(), holiday.nameEn(), holiday.substitution(), sourceOrNull(holiday),
                holiday.assumed());
        refresh();
    }

    /** Adds the holiday unless its date already has one (which is left as it is); {@code true} when added. */
    public boolean addIfMissing(Holiday holiday) {
        try {
            add(holiday);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Replaces the names, flag and source of the holiday on {@code holiday.date()}; {@code false} when there is none. */
    public boolean update(Holiday holiday) {
        int rows = jdbc.update("UPDATE pc_holiday SET name_th = ?, name_en = ?, substitution = ?, source = ?, "
                + "assumed = ? WHERE holiday_date = ?", holiday.nameTh(), holiday.nameEn(), holiday.substitution(),
                sourceOrNull(holiday), holiday.assumed(), holiday.date());
        refresh();
        return rows > 0;
    }

    /** Updates the holiday on that date or adds it; {@code true} when it was added. */
    public boolean save(Holiday holiday) {
        if (update(holiday)) {
            return false;
        }
        if (addIfMissing(holiday)) {
            return true;
        }
        update(holiday); // added by someone else in the meantime: the last writer wins, as for any update
        return false;
    }

    /** {@code true} when there was a holiday on {@code date}. */
    public boolean delete(LocalDate date) {
        int rows = jdbc.update("DELETE FROM pc_holiday WHERE holiday_date = ?", date);
        refresh();
        return rows > 0;
    }

    /**
     * Moves the holiday on {@code from} to {@code to}, keeping its names and source; {@code false} when there is no
     * holiday on {@code from}.
     *
     * @throws DuplicateKeyException when {@code to} already has a holiday
     */
    public boolean move(LocalDate from, LocalDate to) {
        int rows = jdbc.update("UPDATE pc_holiday SET holiday_date = ? WHERE holiday_date = ?", to, from);
        refresh();
        return rows > 0;
    }

    /**
     * Gives the rows seeded from a file before sources were recorded the source of that file: only rows still
     * without a source whose Thai name is the file's (a row a person changed is left as it is).
     */
    public int recordSource(Holiday fromFile) {
        return jdbc.update("UPDATE pc_holiday SET source = ?, assumed = ? WHERE holiday_date = ? AND source IS NULL "
                + "AND name_th = ?", sourceOrNull(fromFile), fromFile.assumed(), fromFile.date(), fromFile.nameTh());
    }

    /** How many rows have no source recorded (0 once every seeded row got its file's source). */
    public int countWithoutSource() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday WHERE source IS NULL", Integer.class);
        return count == null ? 0 : count;
    }

    private static String sourceOrNull(Holiday holiday) {
        return holiday.source().isEmpty() ? null : holiday.source();
    }

    private static Holiday toHoliday(ResultSet rs, int rowNum) throws SQLException {
        return new Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name_th"),
                rs.getString("name_en"), rs.getBoolean("substitution"), rs.getString("source"),
                rs.getBoolean("assumed"));
    }
}
