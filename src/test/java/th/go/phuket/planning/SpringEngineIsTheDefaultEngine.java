package th.go.phuket.planning;

import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In Spring tests, engine REST and the webapps must find the application's engine. They look engines up in
 * Camunda's static {@link ProcessEngines} registry, which on its first lookup scans the classpath for
 * {@code camunda.cfg.xml} and builds the engine it describes. The engine-only tests' configuration is named
 * {@code camunda-test.cfg.xml} so that it is never found; should a {@code camunda.cfg.xml} come onto the test
 * classpath (a library's), the first REST call would otherwise serve that engine as "default". Marking the
 * registry initialised skips the scan; the Spring engine registers itself there when it is built. Registered in
 * {@code META-INF/spring.factories} of the test resources, so it applies to every Spring test.
 */
public class SpringEngineIsTheDefaultEngine extends ProcessEngines
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        synchronized (ProcessEngines.class) {
            isInitialized = true;
        }
    }
}
