package th.go.phuket.planning;

import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For every Spring test context: engine REST and the webapps find their engine through {@link ProcessEngines},
 * which, the first time it is asked, builds an engine from each {@code camunda.cfg.xml} on the classpath and
 * registers it as "default" in place of the app's. On the test classpath that file is the engine-only tests'
 * in-memory engine, so REST calls would reach an empty engine. Marking the registry initialised keeps the Spring
 * Boot engine the one that REST and the webapps use, as in the packaged app (which has no camunda.cfg.xml).
 */
public class SpringEngineOnlyInitializer extends ProcessEngines
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        isInitialized = true;
    }
}
