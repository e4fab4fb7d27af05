package th.go.phuket.planning;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.HolidayCsv;
import th.go.phuket.planning.calendar.Holidays;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.contribution.CountReturnListener;
import th.go.phuket.planning.contribution.DescribeAgencyListener;
import th.go.phuket.planning.contribution.ProjectSlotsListener;
import th.go.phuket.planning.contribution.SuggestPlacementsListener;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleRegistry;
import th.go.phuket.planning.cycle.CycleSchedule;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.cycle.DescribeTaskListener;
import th.go.phuket.planning.cycle.InitialiseCycleListener;
import th.go.phuket.planning.cycle.ResetDecisionListener;
import th.go.phuket.planning.cycle.TaskInputValidator;
import th.go.phuket.planning.cycle.ValidateTaskInputListener;
import th.go.phuket.planning.letter.LetterTestEngine;
import th.go.phuket.planning.mail.MailDeliveryProcess;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.ProposalScreening;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.reminder.NoticeTestEngine;

/**
 * Wires the real listeners of the product into the engine-only test engine (by the names the BPMN uses), and
 * creates the product's tables there from the same {@code schema.sql} the app runs.
 */
public final class ProcessTestEngine {

    public static final AgencyDirectory DIRECTORY = AgencyDirectory.fromClasspath();
    public static final FrameworkCatalogue CATALOGUE = FrameworkCatalogue.fromClasspath();
    public static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Holidays.of(HolidayCsv.read(
            ProcessTestEngine.class.getResourceAsStream("/data/holidays-2018.csv"), "holidays-2018.csv")));

    /** The engine-only test engine's configuration (see the file for why it is not camunda.cfg.xml). */
    public static final String CONFIGURATION = "camunda-test.cfg.xml";

    private ProcessTestEngine() {
    }

    /** The extension every engine-only test registers. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
    }

    public static void prepare(ProcessEngine engine) {
        prepare(engine, DIRECTORY);
    }

    /** As {@link #prepare(ProcessEngine)} with another agency directory (the benchmark's hundred agencies). */
    public static void prepare(ProcessEngine engine, AgencyDirectory directory) {
        createProductTables(engine);
        Mocks.register("initialiseCycleListener", new InitialiseCycleListener(
                new CycleStartParser(directory), new CycleSchedule(CALENDAR), new CycleRegistry()));
        Mocks.register("describeTaskListener", new DescribeTaskListener());
        Mocks.register("resetDecisionListener", new ResetDecisionListener());
        Mocks.register("validateTaskInputListener", new ValidateTaskInputListener(new TaskInputValidator(
                List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()))));
        Mocks.register("describeAgencyListener", new DescribeAgencyListener(directory));
        Mocks.register("countReturnListener", new CountReturnListener());
        Mocks.register("projectSlotsListener", new ProjectSlotsListener());
        Mocks.register("suggestPlacementsListener", new SuggestPlacementsListener(new ProposalScreening(CATALOGUE)));
        NoticeTestEngine.register(engine, directory, CALENDAR);
        LetterTestEngine.register(engine, directory);
    }

    /** Deploys every model of the product (the cycle, the contribution, screening, mail delivery, deadline watch). */
    public static void deployAllProcesses(ProcessEngine engine, String name) {
        engine.getRepositoryService().createDeployment().name(name).enableDuplicateFiltering(true)
                .addClasspathResource(CycleProcess.RESOURCE)
                .addClasspathResource(ContributionProcess.RESOURCE)
                .addClasspathResource(ContributionProcess.DECISION_RESOURCE)
                .addClasspathResource(MailDeliveryProcess.RESOURCE)
                .addClasspathResource(DeadlineWatchProcess.RESOURCE).deploy();
    }

    private static void createProductTables(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (InputStream in = ProcessTestEngine.class.getResourceAsStream("/schema.sql");
             Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the product tables", e);
        }
    }

    /** Forget cycles between tests (the engine's own tables are cleaned by the extension). */
    public static void forgetCycles(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("delete from pc_cycle");
            LetterTestEngine.forgetLetters(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
