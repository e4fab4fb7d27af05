package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.phuket.planning.PostgresTestDatabase;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.cycle.web.CycleStartBadInputContract;

/**
 * The production profile on a fresh PostgreSQL database, as {@code docs/production.md} sets it up: it starts with
 * good settings (schema created by the engine, admin from ADMIN_PASSWORD, no demo users), a whole cycle runs
 * through with each person's rights, and the bad-input suite leaves the database unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ProductionSettingsCheck.PROFILE)
class PostgresProductionIntegrationTest extends CycleStartBadInputContract {

    static final String ADMIN_PASSWORD = "Phuket-2561-plan!";
    private static final String OFFICE_USER = "office-it";
    private static final String OFFICE_PASSWORD = "office-password-1";

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Autowired ProcessEngine engine;
    @Autowired AgencyDirectory directory;

    /** Before the Spring context is built: without PostgreSQL the class is skipped, not failed (fails under CI). */
    @BeforeAll
    static void postgresConfigured() {
        PostgresTestDatabase.assumeConfigured();
    }

    @DynamicPropertySource
    static void productionSettings(DynamicPropertyRegistry settings) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        SMTP.start();
        settings.add("DB_URL", database::url);
        settings.add("DB_USER", database::user);
        settings.add("DB_PASSWORD", database::password);
        settings.add("SMTP_HOST", () -> "127.0.0.1");
        settings.add("SMTP_PORT", () -> SMTP.getSmtp().getPort());
        settings.add("SMTP_STARTTLS", () -> "false");
        settings.add("MAIL_FROM", () -> "planning@phuket.example");
        settings.add("MAIL_STRATEGY_OFFICE", () -> "strategy-office@phuket.example");
        settings.add("MAIL_MANAGERS", () -> "managers@phuket.example");
        settings.add("MAIL_COMMITTEE", () -> "committee@phuket.example");
        settings.add("ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void officeUserExists() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(OFFICE_USER).count() == 0) {
            User user = identity.newUser(OFFICE_USER);
            user.setPassword(OFFICE_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(OFFICE_USER, GroupIds.STRATEGY_OFFICE);
        }
    }

    @Override
    protected String officeUser() {
        return OFFICE_USER;
    }

    @Override
    protected String officePassword() {
        return OFFICE_PASSWORD;
    }

    @Test
    void startsOnPostgresWithTheAdminFromTheSettingsAndNoDemoUsers() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        IdentityService identity = engine.getIdentityService();
        assertThat(identity.checkPassword(AdminAccountSeeder.ADMIN_USER, ADMIN_PASSWORD)).isTrue();
        assertThat(identity.createUserQuery().userId(AdminAccountSeeder.ADMIN_USER)
                .memberOfGroup(GroupIds.ADMIN).count()).isOne();
        assertThat(identity.createUserQuery().userId("strategy").count()).as("demo users").isZero();
        assertThat(identity.createUserQuery().userId("pkt_public_health").count()).as("demo users").isZero();
        assertThat(identity.createGroupQuery().groupId("pkt_public_health").count()).as("agency groups").isOne();
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from pc_cycle where cycle_id = 'phuket-2563'", Long.class))
                .as("no demo cycle").isZero();

        RestClient admin = RestClient.as(port, AdminAccountSeeder.ADMIN_USER, ADMIN_PASSWORD);
        assertThat(admin.get("/engine-rest/user/admin/profile").statusCode()).isEqualTo(200);
        assertThat(admin.post("/api/demo/clock", "{\"now\":\"2018-08-29T09:00:00+07:00\"}").statusCode())
                .as("no demo clock in production").isEqualTo(404);
        assertThat(RestClient.as(port, AdminAccountSeeder.ADMIN_USER, "demo").get("/engine-rest/task").statusCode())
                .isEqualTo(401);
        var page = RestClient.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("HttpOnly"));
    }
    @Test
    void aWholeCycleRunsThroughWithEachPersonsRights() {
        String cycle = "pg-happy-" + Long.toString(System.nanoTime(), 36);
        List<String> agencies = directory.ids().subList(0, 3);
        as(OFFICE_USER, GroupIds.STRATEGY_OFFICE, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(CycleProcess.KEY, cycle, plannedAhead(agencies)));
        work(cycle, CycleProcess.TASK_PREPARE_DRAFT, OFFICE_USER, GroupIds.STRATEGY_OFFICE);
        for (String agency : agencies) {
            Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycle)
                    .taskCandidateGroup(agency).singleResult();
            as(agency, agency, () -> {
                engine.getTaskService().claim(review.getId(), agency);
                CycleWalk.complete(engine, review);
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(cycle).taskDefinitionKey(ContributionProcess.TASK_SCREEN_PROPOSAL)
                .count() == agencies.size());
        for (Task screening : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycle)
                .taskDefinitionKey(ContributionProcess.TASK_SCREEN_PROPOSAL).list()) {
            as(OFFICE_USER, GroupIds.STRATEGY_OFFICE, () -> CycleWalk.complete(engine, screening));
        }
        for (String key : List.of(CycleProcess.TASK_CONSOLIDATE_DRAFT, CycleProcess.TASK_PREPARE_HEARING,
                CycleProcess.TASK_SUMMARISE_HEARING, CycleProcess.TASK_REVISE_PLAN)) {
            work(cycle, key, OFFICE_USER, GroupIds.STRATEGY_OFFICE);
        }
        work(cycle, CycleProcess.TASK_COMMITTEE_DECISION, "committee-member", GroupIds.COMMITTEE);
        work(cycle, CycleProcess.TASK_SUBMIT_PLAN, OFFICE_USER, GroupIds.STRATEGY_OFFICE);

        await().atMost(Duration.ofSeconds(60)).until(() -> engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(cycle)
                .processDefinitionKey(CycleProcess.KEY).finished().count() == 1);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(CycleProcess.END)
                .finished().list()).extracting(activity -> activity.getProcessInstanceId()).hasSize(1);
        assertThat(engine.getManagementService().createJobQuery().withException().count()).isZero();
    }

    /**
     * A cycle planned ahead, as production starts them: with the 2018 default dates every deadline timer would be
     * due at once on the real clock and fire while the test works the same cycle.
     */
    static Map<String, Object> plannedAhead(List<String> agencies) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
        // its dates run into next year, whose holidays are not announced yet: the office confirms weekends only
        return Map.of(CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS, true,
                CycleProcess.VAR_AGENCIES, String.join(",", agencies),
                CycleProcess.VAR_PROPOSALS_DUE, today.plusDays(30).toString(),
                CycleProcess.VAR_HEARING_DATE, today.plusDays(45).toString(),
                CycleProcess.VAR_COMMITTEE_DATE, today.plusDays(55).toString(),
                CycleProcess.VAR_SUBMISSION_DEADLINE, today.plusDays(65).toString());
    }

    /** Waits for the task (asynchronous steps run on the job executor), then claims and completes it as the user. */
    private void work(String cycle, String taskKey, String user, String group) {
        await().atMost(Duration.ofSeconds(60)).until(() -> CycleWalk.onlyTask(engine, cycle, taskKey) != null);
        Task task = CycleWalk.onlyTask(engine, cycle, taskKey);
        as(user, group, () -> {
            engine.getTaskService().claim(task.getId(), user);
            CycleWalk.complete(engine, task);
        });
    }

    private void as(String user, String group, Runnable work) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
