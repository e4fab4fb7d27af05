package th.go.phuket.planning.browser;

import org.camunda.bpm.engine.ProcessEngines;

/**
 * Keeps engine REST and the webapps of a Spring test on the application's engine. On their first request they ask
 * {@link ProcessEngines} for the engine "default"; unless marked initialized it first scans the classpath for
 * {@code camunda.cfg.xml}, finds the engine-only tests' configuration in {@code target/test-classes}, builds that
 * in-memory engine and registers it as "default" in place of the application's. Call before the first request.
 */
final class ApplicationEngineOnly extends ProcessEngines {

    private ApplicationEngineOnly() {
    }

    static void keep() {
        isInitialized = true;
    }
}
