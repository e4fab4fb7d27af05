package th.go.phuket.planning;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Engine REST and the Camunda webapps find their engine by name ("default") in {@link ProcessEngines}; every
 * Spring test context registers its engine there under that name, and Spring keeps several contexts alive at once
 * (H2 ones, a PostgreSQL one, two nodes). Before each test the engine of the test's own context is made the one
 * REST and the webapps reach, so a request never lands in another test's database.
 */
public class ActiveEngineTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .getIfAvailable();
            if (engine != null) {
                ProcessEngines.registerProcessEngine(engine);
            }
            webappRuntimeRestored();
        }
    }

    /**
     * The webapps (Cockpit, Tasklist, Admin, Welcome) keep their runtime in static fields, set when a context's
     * servlet container starts them and cleared when any context closes: once one test context is closed (a
     * restart test, a production-profile start) the webapps of every context still alive answered 500. Cockpit's
     * runtime also keeps a query executor per engine name, bound to the engine it first met. So each test gets
     * fresh ones, as the webapps' own bootstrap creates them.
     */
    private static void webappRuntimeRestored() {
        Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
