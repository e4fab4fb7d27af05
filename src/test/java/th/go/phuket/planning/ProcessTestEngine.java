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
import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.HolidayCsv;
import th.go.phuket.planning.calendar.Holidays;
import th.go.phuket.planning.calendar.WorkingDayCalendar;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.contribution.CountReturnListener;
import th.go.phuket.planning.contribution.DescribeAgencyListener;
import th.go.phuket.planning.contribution.ProjectSlotsListener;
import th.go.phuket.planning.contribution.SuggestPlacementsDelegate;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleRegistry;
import th.go.phuket.planning.cycle.CycleSchedule;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.cycle.InitialiseCycleDelegate;
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.hearing.HearingTestEngine;
import th.go.phuket.planning.letter.LetterTestEngine;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.ProposalScreening;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;
import th.go.phuket.planning.reminder.NoticeTestEngine;
import th.go.phuket.planning.task.DescribeTaskListener;
import th.go.phuket.planning.task.ResetDecisionListener;
import th.go.phuket.planning.task.TaskInputRules;
import th.go.phuket.planning.task.CallerValues;
import th.go.phuket.planning.task.TaskInputValidator;
import th.go.phuket.planning.task.ValidateTaskInputListener;

/**
 * Wires the real listeners of the product into the engine-only test engine (under their Spring bean names), and
 * creates the product's tables there from the same {@code schema.sql} the app runs. The cycle starts its public
 * hearing, so a test that runs the cycle deploys {@link HearingProcess#RESOURCE} too.
 */
public final class ProcessTestEngine {

    public static final AgencyDirectory DIRECTORY = AgencyDirectory.fromClasspath();
    public static final FrameworkCatalogue CATALOGUE = FrameworkCatalogue.fromClasspath();
    /** The holidays the app ships (2018–2026), as its table holds them after the first start. */
    public static final Holidays SHIPPED_HOLIDAYS = shippedHolidays();
    public static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(SHIPPED_HOLIDAYS);
    /** The C.E. years the shipped holidays cover: a cycle in another year is refused without allowMissingHolidays. */
    public static final java.util.Set<Integer> SHIPPED_HOLIDAY_YEARS = SHIPPED_HOLIDAYS.years();

    private static Holidays shippedHolidays() {
        java.util.List<th.go.phuket.planning.calendar.Holiday> all = new java.util.ArrayList<>();
        for (String file : java.util.List.of("holidays-2018.csv", "holidays-2019-2026.csv")) {
            all.addAll(HolidayCsv.read(ProcessTestEngine.class.getResourceAsStream("/data/" + file), file));
        }
        return Holidays.of(all);
    }

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
        prepare(engine, directory, CALENDAR);
    }

    /** As {@link #prepare(ProcessEngine)} on another calendar (one whose holidays a test changes). */
    public static void prepare(ProcessEngine engine, AgencyDirectory directory, WorkingDayCalendar calendar) {
        createProductTables(engine);
        List<TaskInputRules> inputRules = List.of(new CycleTaskInputRules(), new ContributionTaskInputRules());
        register(new InitialiseCycleDelegate(new CycleStartParser(directory, SHIPPED_HOLIDAY_YEARS::contains),
                        new CycleSchedule(calendar),
                        new CycleRegistry()),
                new DescribeTaskListener(),
                new CallerValues(),
                new ResetDecisionListener(inputRules),
                new ValidateTaskInputListener(new TaskInputValidator(inputRules)),
                new DescribeAgencyListener(directory),
                new CountReturnListener(),
                new ProjectSlotsListener(),
                new SuggestPlacementsDelegate(new ProposalScreening(CATALOGUE)));
        NoticeTestEngine.register(engine, directory, calendar);
        HearingTestEngine.register(engine);
        LetterTestEngine.register(engine, directory);
    }

    /**
     * Makes {@code beans} what the BPMN's expressions ({@code ${describeTaskListener}} …) resolve to in the
     * engine-only test engine, under the name Spring gives each in the app: its class name with a small first letter
     * (Spring's own rule, {@link AnnotationBeanNameGenerator}). So no test types a bean name, and a renamed class
     * fails here as it would in the app.
     */
    public static void register(Object... beans) {
        for (Object bean : beans) {
            Mocks.register(beanName(bean.getClass()), bean);
        }
    }

    /** The name of the bean of {@code type} in the application context. */
    public static String beanName(Class<?> type) {
        return AnnotationBeanNameGenerator.INSTANCE.generateBeanName(new AnnotatedGenericBeanDefinition(type),
                new SimpleBeanDefinitionRegistry());
    }

    /** Deploys every model of the product (the cycle, the contribution, screening, deadline watch). */
    public static void deployAllProcesses(ProcessEngine engine, String name) {
        engine.getRepositoryService().createDeployment().name(name).enableDuplicateFiltering(true)
                .addClasspathResource(CycleProcess.RESOURCE)
                .addClasspathResource(ContributionProcess.RESOURCE)
                .addClasspathResource(ContributionProcess.DECISION_RESOURCE)
                .addClasspathResource(DeadlineWatchProcess.RESOURCE)
                .addClasspathResource(HearingProcess.RESOURCE).deploy();
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
