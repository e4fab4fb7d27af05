package th.go.phuket.planning.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.phuket.planning.calendar.HolidayBook;
import th.go.phuket.planning.calendar.HolidayRepository;
import th.go.phuket.planning.calendar.HolidaySeeder;
import th.go.phuket.planning.calendar.WorkingDayCalendar;

/**
 * Moving a holiday, a year's file in and out, and the change log, over Spring MVC on the real repository and book
 * and a seeded in-memory H2 database; the book's listener records which days it was told about.
 */
class HolidayFileControllerTest {

    private static final String FILE_2027 = "date,name_th,name_en,substitution,source,assumed\n"
            + "2027-01-01,วันขึ้นปีใหม่,New Year's Day,false,มติคณะรัฐมนตรี 1 ธ.ค. 2569,\n"
            + "2027-04-13,วันสงกรานต์,Songkran Festival,false,มติคณะรัฐมนตรี 1 ธ.ค. 2569,\n"
            + "2027-05-04,วันฉัตรมงคล,Coronation Day,false,,\n";

    private JdbcTemplate jdbc;
    private WorkingDayCalendar calendar;
    private MockMvc mvc;
    private final List<Set<LocalDate>> told = new ArrayList<>();

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:holiday-files-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        HolidayRepository repository = new HolidayRepository(jdbc, Duration.ofHours(1));
        new HolidaySeeder(jdbc, repository, HolidaySeeder.DEFAULT_LOCATION).seed();
        calendar = new WorkingDayCalendar(repository);
        HolidayBook book = new HolidayBook(repository, jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), () -> List.of(dates -> {
                    told.add(Set.copyOf(dates));
                    return 2;
                }), Clock.systemUTC());
        mvc = MockMvcBuilders.standaloneSetup(new HolidayController(repository, book),
                new HolidayFileController(repository, book)).build();
    }

    @AfterEach
    void tearDown() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void movingAHolidayKeepsItsNameAndSourceAndMovesTheWorkingDays() throws Exception {
        LocalDate from = LocalDate.of(2026, 12, 31);
        LocalDate to = LocalDate.of(2026, 12, 30);
        assertThat(calendar.isWorkingDay(to)).isTrue();

        mvc.perform(post("/api/holidays/2026-12-31/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"2026-12-30\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-30"))
                .andExpect(jsonPath("$.nameEn").value("New Year's Eve"))
                .andExpect(jsonPath("$.source").value(containsString("vacanza")))
                .andExpect(jsonPath("$.tasksMoved").value(2));

        assertThat(calendar.isWorkingDay(to)).isFalse();
        assertThat(calendar.isWorkingDay(from)).isTrue();
        assertThat(told).containsExactly(Set.of(from, to));
        mvc.perform(get("/api/holidays/changes").param("year", "2569"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].action").value("MOVE"))
                .andExpect(jsonPath("$[0].changedBy").value(Editor.UNKNOWN))
                .andExpect(jsonPath("$[0].before").value(containsString("2026-12-31 วันสิ้นปี")))
                .andExpect(jsonPath("$[0].after").value(containsString("2026-12-30 วันสิ้นปี")))
                .andExpect(jsonPath("$[0].tasksMoved").value(2));
    }

    @Test
    void aHolidayCannotMoveOntoAnotherOrFromADayWithoutOne() throws Exception {
        mvc.perform(post("/api/holidays/2026-12-31/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"2026-12-05\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("2026-12-05 already has a holiday")));
        mvc.perform(post("/api/holidays/2026-12-29/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"2026-12-28\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/holidays/2026-12-31/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"2569-12-30\"}"))
                .andExpect(status().isBadRequest());
        assertThat(told).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_holiday_change", Integer.class)).isZero();
    }

    @Test
    void aYearsFileBecomesThatYearsHolidaysAndComesBackOutTheSame() throws Exception {
        mvc.perform(multipart("/api/holidays/import").file(new MockMultipartFile("file", "holidays-2027.csv",
                        "text/csv", FILE_2027.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.added").value(3))
                .andExpect(jsonPath("$.removed").value(0))
                .andExpect(jsonPath("$.tasksMoved").value(2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 4))).isFalse();
        mvc.perform(get("/api/holidays").param("year", "2027"))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[2].assumed").value(true))
                .andExpect(jsonPath("$[0].assumed").value(false));

        String exported = mvc.perform(get("/api/holidays.csv").param("year", "2570"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("holidays-2027.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFFdate,name_th,name_en,substitution,source,assumed\r\n")
                .contains("2027-05-04,วันฉัตรมงคล,Coronation Day,false,,true");

        // the Cabinet's final list: Coronation Day confirmed, 13 Apr gone, 14 Apr added
        String revised = exported.replace("2027-04-13,วันสงกรานต์", "2027-04-14,วันสงกรานต์")
                .replace("Coronation Day,false,,true", "Coronation Day,false,มติคณะรัฐมนตรี 9 ก.พ. 2570,false");
        mvc.perform(post("/api/holidays/import").contentType("text/csv").content(revised.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.changed").value(1))
                .andExpect(jsonPath("$.removed").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 13))).isTrue();
        assertThat(told.get(1)).containsExactlyInAnyOrder(LocalDate.of(2027, 4, 13), LocalDate.of(2027, 4, 14));
        mvc.perform(get("/api/holidays/changes").param("year", "2027")).andExpect(jsonPath("$", hasSize(6)));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeNamingEachRowAndColumn() throws Exception {
        String bad = FILE_2027 + "2027-02-30,วันผิด,Wrong,false,,\n"
                + "2027-06-03,,Queen's Birthday,yes,,\n"
                + "2028-01-01,วันขึ้นปีใหม่,New Year's Day,false,,\n";
        mvc.perform(multipart("/api/holidays/import").file(new MockMultipartFile("file", "holidays-2027.csv",
                        "text/csv", bad.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nothing was changed")))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0]").value(containsString("line 5, column date")))
                .andExpect(jsonPath("$.errors[1]").value(containsString("line 6, column name_th")))
                .andExpect(jsonPath("$.errors[2]").value(containsString("line 6, column substitution")));
        mvc.perform(post("/api/holidays/import").contentType("text/csv").param("year", "2027")
                        .content((FILE_2027 + "2028-01-01,วันขึ้นปีใหม่,New Year's Day,false,,\n"
                                + "2027-01-01,วันขึ้นปีใหม่,New Year's Day,false,,\n").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0]").value(containsString("2028-01-01 is not in the year 2027")))
                .andExpect(jsonPath("$.errors[1]").value(containsString("2027-01-01 is listed twice")));
        mvc.perform(post("/api/holidays/import").contentType("text/csv").content("date,name_th\n".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("has no column name_en")));
        mvc.perform(get("/api/holidays").param("year", "2027")).andExpect(jsonPath("$", hasSize(0)));
        assertThat(told).isEmpty();
    }

    @Test
    void aHolidayPutWithItsSourceIsNotAnAssumption() throws Exception {
        mvc.perform(put("/api/holidays/2027-07-28").contentType(MediaType.APPLICATION_JSON)
                        .characterEncoding(StandardCharsets.UTF_8)
                        .content("{\"nameTh\": \"วันเฉลิมพระชนมพรรษา\", \"source\": \"มติคณะรัฐมนตรี 1 ธ.ค. 2569\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assumed").value(false))
                .andExpect(jsonPath("$.tasksMoved").value(2));
        mvc.perform(put("/api/holidays/2027-07-29").contentType(MediaType.APPLICATION_JSON)
                        .characterEncoding(StandardCharsets.UTF_8).content("{\"nameTh\": \"วันหยุดชดเชย\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value(""))
                .andExpect(jsonPath("$.assumed").value(true));
        mvc.perform(get("/api/holidays/2027-07-28")).andExpect(content().string(containsString("1 ธ.ค. 2569")))
                .andExpect(jsonPath("$.tasksMoved").doesNotExist());
    }
}
