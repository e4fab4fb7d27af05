package th.go.phuket.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The holiday table and its seeding on a real database, created by the application's own schema.sql. Run against
 * H2 by {@link HolidayRepositoryTest} and against PostgreSQL by {@link HolidayRepositoryPostgresTest}.
 */
abstract class HolidayRepositoryContract {

    private static final LocalDate PROPOSALS_DUE = LocalDate.of(2018, 8, 31);
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    /** Rows of the shipped files: 22 of 2018 and 203 of 2019–2026. */
    static final int SHIPPED_ROWS = 225;

    private JdbcTemplate jdbc;
    private HolidayRepository repository;
    private WorkingDayCalendar calendar;

    @TempDir
    Path dataDir;

    /** A new, empty database (or schema) for one test. */
    abstract DataSource createEmptyDatabase();

    abstract void dropDatabase(JdbcTemplate jdbc);

    @BeforeEach
    void createDatabase() {
        DataSource dataSource = createEmptyDatabase();
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        repository = new HolidayRepository(jdbc, ONE_HOUR);
        calendar = new WorkingDayCalendar(repository);
    }

    @AfterEach
    void dropDatabase() {
        dropDatabase(jdbc);
    }

    private HolidaySeeder shippedFiles() {
        return new HolidaySeeder(jdbc, repository, HolidaySeeder.DEFAULT_LOCATION);
    }

    private HolidaySeeder filesIn(Path dir) {
        return new HolidaySeeder(jdbc, repository, dir.toUri() + "holidays-*.csv");
    }

    private void copyShipped2018FileTo(Path dir) throws IOException {
        try (InputStream in = new ClassPathResource("data/holidays-2018.csv").getInputStream()) {
            Files.copy(in, dir.resolve("holidays-2018.csv"));
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void schemaScriptCanRunAgainOnAnExistingDatabase() {
        shippedFiles().seed();
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(jdbc.getDataSource());
        assertThat(repository.findAll()).hasSize(SHIPPED_ROWS);
    }

    @Test
    void seedingFillsTheTableFromTheShippedFile() {
        assertThat(shippedFiles().seed()).isEqualTo(SHIPPED_ROWS);
        assertThat(repository.findByYear(2018)).isEqualTo(Holidays2018.load().all());
        assertThat(repository.findByYear(2019)).hasSize(26);
        for (int year = 2018; year <= 2026; year++) {
            assertThat(repository.findByYear(year)).as("holidays of " + year).hasSizeGreaterThan(20)
                    .allSatisfy(holiday -> assertThat(holiday.source()).as(holiday.date() + " source").isNotBlank());
        }
        assertThat(repository.findByYear(2027)).as("not announced when the files were made").isEmpty();
        assertThat(repository.findByDate(date("2018-01-02"))).hasValueSatisfying(h -> {
            assertThat(h.substitution()).isTrue();
            assertThat(h.nameTh()).startsWith("วันหยุดชดเชยวันสิ้นปี");
        });
        assertThat(calendar.isWorkingDay(date("2018-04-12"))).isFalse();
    }

    @Test
    void seedingAgainAddsAndChangesNothing() {
        shippedFiles().seed();
        List<Holiday> afterFirstStart = repository.findAll();
        assertThat(shippedFiles().seed()).isZero();
        assertThat(shippedFiles().seed()).isZero();
        assertThat(repository.findAll()).isEqualTo(afterFirstStart);
    }

    @Test
    void seedingNeverOverwritesAnEditedHolidayNorBringsBackADeletedOne() {
        shippedFiles().seed();
        Holiday renamed = new Holiday(date("2018-01-01"), "วันขึ้นปีใหม่ ๒๕๖๑", "New Year 2018", false);
        assertThat(repository.update(renamed)).isTrue();
        assertThat(repository.delete(date("2018-04-12"))).isTrue();

        assertThat(shippedFiles().seed()).isZero();

        assertThat(repository.findByDate(date("2018-01-01"))).contains(renamed);
        assertThat(repository.findByDate(date("2018-04-12"))).isEmpty();
        assertThat(calendar.isWorkingDay(date("2018-04-12"))).isTrue();
    }

    @Test
    void aNewHolidayFileIsSeededOnTheNextStartWithoutTouchingAHolidayAddedByHand() throws IOException {
        copyShipped2018FileTo(dataDir);
        assertThat(filesIn(dataDir).seed()).isEqualTo(22);
        Holiday addedByHand = new Holiday(date("2019-01-01"), "วันขึ้นปีใหม่ (แก้ไขแล้ว)", "New Year (edited)", false);
        repository.add(addedByHand);
        Files.writeString(dataDir.resolve("holidays-2019.csv"), "date,name_th,name_en,substitution\n"
                + "2019-01-01,วันขึ้นปีใหม่,New Year's Day,false\n"
                + "2019-02-19,วันมาฆบูชา,Makha Bucha Day,false\n");

        assertThat(filesIn(dataDir).seed()).isEqualTo(1);

        assertThat(repository.findByYear(2019)).extracting(Holiday::date)
                .containsExactly(date("2019-01-01"), date("2019-02-19"));
        assertThat(repository.findByDate(date("2019-01-01"))).contains(addedByHand);
        assertThat(calendar.firstWorkingDayAfter(date("2019-02-18"))).isEqualTo("2019-02-20");
    }

    @Test
    void aBrokenFileStopsSeedingBeforeAnythingIsWritten() throws IOException {
        copyShipped2018FileTo(dataDir);
        Files.writeString(dataDir.resolve("holidays-2019.csv"),
                "date,name_th,name_en,substitution\n2019-02-30,วันผิด,Wrong,false\n");

        assertThatThrownBy(() -> filesIn(dataDir).seed()).isInstanceOf(CalendarInputException.class)
                .hasMessageContaining("holidays-2019.csv line 2").hasMessageContaining("2019-02-30 is not a real date");
        assertThat(repository.findAll()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday_seeded", Integer.class)).isZero();
    }

    @Test
    void rowsSeededBeforeSourcesWereKeptGetTheirFilesSourceButAChangedRowIsLeftAlone() {
        shippedFiles().seed();
        // a database of the earlier release: the source columns were added empty
        jdbc.update("UPDATE pc_holiday SET source = NULL, assumed = FALSE");
        jdbc.update("UPDATE pc_holiday SET name_th = 'วันสิ้นปี (แก้ไขโดยสำนักงาน)' WHERE holiday_date = ?",
                date("2018-12-31"));
        assertThat(repository.findByDate(date("2018-04-12"))).hasValueSatisfying(h -> assertThat(h.assumed())
                .as("no source yet: shown as an assumption").isTrue());

        assertThat(shippedFiles().seed()).as("nothing added again").isZero();

        assertThat(repository.findByDate(date("2018-04-12"))).hasValueSatisfying(h -> {
            assertThat(h.source()).contains("27 Feb 2018");
            assertThat(h.assumed()).isFalse();
        });
        assertThat(repository.findByDate(date("2018-12-31"))).hasValueSatisfying(h -> assertThat(h.source())
                .as("changed by a person").isEmpty());
        assertThat(repository.countWithoutSource()).isOne();
    }

    @Test
    void twoNodesSeedingAtOnceAddEveryHolidayExactlyOnce() {
        HolidayRepository otherNode = new HolidayRepository(jdbc, ONE_HOUR);
        HolidaySeeder otherSeeder = new HolidaySeeder(jdbc, otherNode, HolidaySeeder.DEFAULT_LOCATION);
        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> shippedFiles().seed());
        CompletableFuture<Integer> there = CompletableFuture.supplyAsync(otherSeeder::seed);

        assertThat(here.join() + there.join()).isEqualTo(SHIPPED_ROWS);
        assertThat(repository.findAll()).hasSize(SHIPPED_ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday_seeded", Integer.class))
                .isEqualTo(SHIPPED_ROWS);
    }

    @Test
    void anEditedHolidayChangesTheArithmeticAtOnce() {
        shippedFiles().seed();
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 1)).isEqualTo("2018-08-30");

        assertThat(repository.save(new Holiday(date("2018-09-03"), "วันหยุดพิเศษ", "Special holiday", false))).isTrue();
        assertThat(repository.save(new Holiday(date("2018-08-30"), "วันหยุดพิเศษ", "Special holiday", false))).isTrue();
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-04");
        assertThat(calendar.minusWorkingDays(PROPOSALS_DUE, 1)).isEqualTo("2018-08-29");

        assertThat(repository.delete(date("2018-09-03"))).isTrue();
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");
    }

    @Test
    void savingAnExistingDateUpdatesItAndDeletingAMissingDateReportsIt() {
        shippedFiles().seed();
        Holiday renamed = new Holiday(date("2018-12-31"), "วันสิ้นปี", "New Year's Eve (edited)", true);
        assertThat(repository.save(renamed)).as("created").isFalse();
        assertThat(repository.findByDate(date("2018-12-31"))).contains(renamed);
        assertThat(repository.delete(date("2018-08-31"))).isFalse();
        assertThat(repository.update(new Holiday(date("2018-08-31"), "ไม่มี", "None", false))).isFalse();
        assertThatThrownBy(() -> repository.add(renamed)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anotherNodeSeesAnEditOnceItsCacheExpires() {
        shippedFiles().seed();
        HolidayRepository nodeWithLongCache = new HolidayRepository(jdbc, ONE_HOUR);
        HolidayRepository nodeWithoutCache = new HolidayRepository(jdbc, Duration.ZERO);
        assertThat(nodeWithLongCache.isHoliday(date("2018-09-03"))).isFalse();
        assertThat(nodeWithoutCache.isHoliday(date("2018-09-03"))).isFalse();

        repository.add(new Holiday(date("2018-09-03"), "วันหยุดพิเศษ", "Special holiday", false));

        assertThat(repository.isHoliday(date("2018-09-03"))).as("the node that made the edit").isTrue();
        assertThat(nodeWithoutCache.isHoliday(date("2018-09-03"))).as("cache expired").isTrue();
        assertThat(nodeWithLongCache.isHoliday(date("2018-09-03"))).as("still within its cache time").isFalse();
        nodeWithLongCache.refresh();
        assertThat(nodeWithLongCache.isHoliday(date("2018-09-03"))).isTrue();
    }
}
