package th.go.phuket.planning.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import th.go.phuket.planning.calendar.HolidayBook;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.HolidaySeeder;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/** The holiday API over Spring MVC, on the real repository and a seeded in-memory H2 database. */
class HolidayControllerTest {

    private static final LocalDate PROPOSALS_DUE = LocalDate.of(2018, 8, 31);
    /** Rows of the shipped files, 2018–2026. */
    private static final int SHIPPED_ROWS = 225;

    private JdbcTemplate jdbc;
    private HolidayRepository repository;
    private WorkingDayCalendar calendar;
    private MockMvc mvc;
    /** What the holiday book told its listener (the due-date rescheduling in the app). */
    private final List<LocalDate> changedDates = new ArrayList<>();

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:holiday-api-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        repository = new HolidayRepository(jdbc, Duration.ofHours(1));
        new HolidaySeeder(jdbc, repository, HolidaySeeder.DEFAULT_LOCATION).seed();
        calendar = new WorkingDayCalendar(repository);
        HolidayBook book = new HolidayBook(repository, jdbc, new TransactionTemplate(
                new DataSourceTransactionManager(dataSource)), () -> List.of(dates -> {
                    changedDates.addAll(dates);
                    return dates.size();
                }), Clock.systemUTC());
        mvc = MockMvcBuilders.standaloneSetup(new HolidayController(repository, book),
                new HolidayFileController(repository, book)).build();
    }

    @AfterEach
    void tearDown() {
        jdbc.execute("SHUTDOWN");
    }

    private ResultActions putJson(String date, String json) throws Exception {
        return mvc.perform(put("/api/holidays/" + date).contentType(MediaType.APPLICATION_JSON)
                .characterEncoding(StandardCharsets.UTF_8).content(json));
    }

    private int holidayCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday", Integer.class);
    }

    @Test
    void listsTheHolidaysOfAYearGivenInEitherEra() throws Exception {
        for (String year : new String[] {"2018", "2561"}) {
            mvc.perform(get("/api/holidays").param("year", year))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(22)))
                    .andExpect(jsonPath("$[0].date").value("2018-01-01"))
                    .andExpect(jsonPath("$[0].dateTh").value("1 ม.ค. 2561"))
                    .andExpect(jsonPath("$[0].nameTh").value("วันขึ้นปีใหม่"))
                    .andExpect(jsonPath("$[1].substitution").value(true))
                    .andExpect(jsonPath("$[21].date").value("2018-12-31"));
        }
        mvc.perform(get("/api/holidays").param("year", "2027")).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/holidays")).andExpect(jsonPath("$", hasSize(SHIPPED_ROWS)));
    }

    @Test
    void aYearThatIsNotANumberIsRefused() throws Exception {
        mvc.perform(get("/api/holidays").param("year", "last year"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("ปีไม่ถูกต้อง: \"last year\" ต้องเป็นตัวเลขสี่หลัก เช่น 2018 หรือ "
                        + "2561 (year must be four digits, e.g. 2018 or 2561)"));
    }

    @Test
    void readsOneHolidayOrSaysThereIsNone() throws Exception {
        mvc.perform(get("/api/holidays/2018-04-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value(startsWith("Special additional")));
        mvc.perform(get("/api/holidays/2018-08-31"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("ไม่พบวันหยุดวันที่ 31 ส.ค. 2561 (no holiday on 2018-08-31)"));
    }

    @Test
    void puttingANewHolidayAddsItAndMovesTheWorkingDays() throws Exception {
        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-03");

        putJson("2018-09-03", "{\"nameTh\": \"วันหยุดราชการเพิ่มเป็นกรณีพิเศษ\", \"nameEn\": \"Special holiday\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/holidays/2018-09-03"))
                .andExpect(jsonPath("$.dateTh").value("3 ก.ย. 2561"))
                .andExpect(jsonPath("$.substitution").value(false));

        assertThat(calendar.firstWorkingDayAfter(PROPOSALS_DUE)).isEqualTo("2018-09-04");
        assertThat(holidayCount()).isEqualTo(SHIPPED_ROWS + 1);
    }

    @Test
    void puttingAnExistingDateChangesIt() throws Exception {
        putJson("2018-12-31", "{\"nameTh\": \" วันสิ้นปี ๒๕๖๑ \", \"nameEn\": \"New Year's Eve 2018\", "
                + "\"substitution\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameTh").value("วันสิ้นปี ๒๕๖๑"));
        mvc.perform(get("/api/holidays/2018-12-31")).andExpect(jsonPath("$.nameEn").value("New Year's Eve 2018"));
        assertThat(holidayCount()).isEqualTo(SHIPPED_ROWS);
    }

    @Test
    void impossibleAndMalformedDatesAreRefusedInThaiAndEnglish() throws Exception {
        String body = "{\"nameTh\": \"วันหยุด\", \"nameEn\": \"Holiday\", \"substitution\": false}";
        putJson("2018-02-30", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("ไม่มีวันที่ 2018-02-30 ในปฏิทิน (2018-02-30 is not a real date)"));
        putJson("31-08-2018", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("รูปแบบวันที่ไม่ถูกต้อง")));
        putJson("2561-08-31", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("e.g. 2018")));
        mvc.perform(delete("/api/holidays/2018-02-30")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/holidays/2018-13-01")).andExpect(status().isBadRequest());
        assertThat(holidayCount()).isEqualTo(SHIPPED_ROWS);
    }

    @Test
    void aHolidayWithoutThaiNameOrWithABrokenBodyIsRefusedAndNothingIsSaved() throws Exception {
        putJson("2018-09-03", "{\"nameEn\": \"Special holiday\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("กรุณากรอกชื่อวันหยุดภาษาไทย (nameTh is required)"));
        putJson("2018-09-03", "{\"nameTh\": \"วันหยุด\", \"substitution\": \"yes\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(endsWith("true or false)")));
        putJson("2018-09-03", "not json").andExpect(status().isBadRequest());
        putJson("2018-09-03", "{\"nameTh\": \"" + "ก".repeat(501) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("at most 500 characters")));
        assertThat(holidayCount()).isEqualTo(SHIPPED_ROWS);
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 9, 3))).isTrue();
    }

    @Test
    void deletingAHolidayMakesItAWorkingDayAgain() throws Exception {
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 4, 12))).isFalse();

        mvc.perform(delete("/api/holidays/2018-04-12")).andExpect(status().isNoContent());

        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 4, 12))).isTrue();
        mvc.perform(get("/api/holidays/2018-04-12")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/holidays/2018-04-12")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("ไม่พบวันหยุดวันที่ 12 เม.ย. 2561 (no holiday on 2018-04-12)"));
    }
}
