package th.go.phuket.planning.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills {@code pc_holiday} from the holiday files ({@code classpath*:data/holidays-*.csv} by default) at start-up.
 * Each date of a file is taken once: it is inserted unless the table already has that date, and remembered in
 * {@code pc_holiday_seeded}. Later starts skip remembered dates, so holidays edited or deleted by users are never
 * overwritten or brought back, while a new file or a new row in a file is picked up. Several nodes may seed at once:
 * a date inserted by another node in the meantime is simply skipped. Every file is read and checked before
 * anything is written, so a broken file stops the start with nothing half-seeded.
 */
@Component
public class HolidaySeeder {

    public static final String DEFAULT_LOCATION = "classpath*:data/holidays-*.csv";

    private static final Logger log = LoggerFactory.getLogger(HolidaySeeder.class);

    private final JdbcTemplate jdbc;
    private final HolidayRepository repository;
    private final String location;

    public HolidaySeeder(JdbcTemplate jdbc, HolidayRepository repository,
            @Value("${planning.calendar.holiday-files:" + DEFAULT_LOCATION + "}") String location) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.location = location;
    }

    /** At start-up, before the working-day calendar is handed out (it depends on this bean). */
    @PostConstruct
    void seedAtStartUp() {
        seed();
    }

    /** Seeds what is missing; returns the number of holidays added to {@code pc_holiday}. */
    public int seed() {
        Map<String, List<Holiday>> files = readFiles();
        Set<LocalDate> seededBefore = new HashSet<>(jdbc.queryForList(
                "SELECT holiday_date FROM pc_holiday_seeded", LocalDate.class));
        int added = 0;
        for (Map.Entry<String, List<Holiday>> file : files.entrySet()) {
            int addedFromFile = 0;
            for (Holiday holiday : file.getValue()) {
                if (seededBefore.add(holiday.date())) {
                    addedFromFile += repository.addIfMissing(holiday) ? 1 : 0;
                    remember(holiday.date(), file.getKey());
                }
            }
            log.info("Holidays from {}: {} rows, {} added", file.getKey(), file.getValue().size(), addedFromFile);
            added += addedFromFile;
        }
        recordSources(files);
        repository.refresh();
        return added;
    }

    /** Rows seeded before the table kept sources get their file's source once (later starts find none missing). */
    private void recordSources(Map<String, List<Holiday>> files) {
        if (repository.countWithoutSource() == 0) {
            return;
        }
        int recorded = files.values().stream().flatMap(List::stream).filter(h -> !h.source().isEmpty())
                .mapToInt(repository::recordSource).sum();
        log.info("Holidays: the source of {} rows seeded earlier recorded from their files", recorded);
    }

    private Map<String, List<Holiday>> readFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            Arrays.sort(resources, Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")));
            Map<String, List<Holiday>> files = new LinkedHashMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(resource.getFilename(), HolidayCsv.read(in, resource.getFilename()));
                }
            }
            if (files.isEmpty()) {
                log.warn("No holiday files at {}: only weekends will be days off", location);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday files " + location, e);
        }
    }

    private void remember(LocalDate date, String fileName) {
        try {
            jdbc.update("INSERT INTO pc_holiday_seeded (holiday_date, source_file) VALUES (?, ?)", date, fileName);
        } catch (DuplicateKeyException rememberedByAnotherNode) {
            // another node seeding at the same time got there first; the date is remembered either way
        }
    }
}
