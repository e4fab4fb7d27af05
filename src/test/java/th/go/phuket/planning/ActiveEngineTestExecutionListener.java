package th.go.phuket.planning;

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
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
