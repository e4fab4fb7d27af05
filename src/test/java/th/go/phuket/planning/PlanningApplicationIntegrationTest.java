package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleSettings;

/** The app as a user starts it, twice on the same H2 file database: the second start changes nothing. */
class PlanningApplicationIntegrationTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlanningApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("planning") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void startsWithTheDirectoryAndTheDemoCycleAndARestartDuplicatesNothing() {
        Snapshot first;
        try (ConfigurableApplicationContext app = start()) {
            first = Snapshot.of(app);
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            AgencyDirectory directory = app.getBean(AgencyDirectory.class);
            assertThat(directory.size()).isEqualTo(67);
            for (String agencyId : directory.ids()) {
                assertThat(engine.getIdentityService().createGroupQuery().groupId(agencyId).groupType("agency").count())
                        .as("group of %s", agencyId).isOne();
                assertThat(engine.getIdentityService().checkPassword(agencyId, "demo")).isTrue();
            }
            assertThat(first.demoCycles()).isOne();
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT SETTING_VALUE FROM "
                    + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'", String.class))
                    .as("H2's query cache on the app's connections").isEqualTo("256");
            assertThat(engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(CycleSettings.DEFAULT_CYCLE_ID)
                    .taskDefinitionKey(CycleProcess.TASK_PREPARE_DRAFT).taskCandidateGroup("strategy-office")
                    .count()).isOne();
            assertThat(ClockUtil.getCurrentTime().toInstant())
                    .isBetween(OffsetDateTime.parse("2018-08-17T09:00:00+07:00").toInstant(),
                            OffsetDateTime.parse("2018-08-17T10:00:00+07:00").toInstant());
        }
        ClockUtil.reset();

        try (ConfigurableApplicationContext app = start()) {
            Snapshot second = Snapshot.of(app);
            assertThat(second).isEqualTo(first);
            assertThat(ClockUtil.getCurrentTime().toInstant()).as("the rehearsal clock survives the restart")
                    .isBefore(OffsetDateTime.parse("2018-08-18T00:00:00+07:00").toInstant());
        }
    }

    /** What a restart must not change. */
    record Snapshot(long demoCycles, long processDefinitions, long deployments, long groups, long users,
                    long memberships, long filters, long tasks) {

        static Snapshot of(ConfigurableApplicationContext app) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            var identity = engine.getIdentityService();
            long memberships = identity.createGroupQuery().list().stream()
                    .mapToLong(group -> identity.createUserQuery().memberOfGroup(group.getId()).count()).sum();
            return new Snapshot(
                    engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CycleProcess.KEY)
                            .processInstanceBusinessKey(CycleSettings.DEFAULT_CYCLE_ID).count(),
                    engine.getRepositoryService().createProcessDefinitionQuery().count(),
                    engine.getRepositoryService().createDeploymentQuery().count(),
                    identity.createGroupQuery().count(),
                    identity.createUserQuery().count(),
                    memberships,
                    engine.getFilterService().createFilterQuery().count(),
                    engine.getTaskService().createTaskQuery().count());
        }
    }
}
