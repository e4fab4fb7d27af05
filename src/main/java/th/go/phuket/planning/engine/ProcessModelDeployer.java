package th.go.phuket.planning.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/*.bpmn, *.dmn, *.form} under stable names ({@code bpmn/<file>}) whether the app runs from the
 * IDE, Maven or a jar, and only what changed: a restart with the same files creates no new version.
 */
@Component
public class ProcessModelDeployer extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "planning-cycle";
    private static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:bpmn/*.form"};

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        deployment.addInputStream("bpmn/" + resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the process models under bpmn/", e);
        }
        deployment.deploy();
    }
}
