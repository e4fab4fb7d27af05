package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import th.go.phuket.planning.BpmnBeanReferences.Reference;

/**
 * Every bean a process model names ({@link BpmnBeanReferences}: each {@code delegateExpression}, each object a
 * method is called on) is a bean of the application, of the type the engine calls; and every listener and delegate
 * of the application is named by some model. A renamed class or a typo in {@code bpmn/} fails here, not in the
 * middle of somebody's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class BpmnBeansIntegrationTest {

    private static final List<Reference> REFERENCES = new ArrayList<>();

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void readEveryModel() throws IOException {
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                REFERENCES.addAll(BpmnBeanReferences.in(model.getFilename(), in));
            }
        }
    }

    @Test
    void everyBeanAModelNamesIsABeanOfTheTypeTheEngineCalls() {
        assertThat(REFERENCES).extracting(Reference::beanName)
                .as("the models name their listeners, delegates and the due-notice schedule")
                .contains("validateTaskInputListener", "describeTaskListener", "dueNoticeSchedule");
        assertThat(REFERENCES).allSatisfy(reference -> {
            assertThat(context.containsBean(reference.beanName()))
                    .as("%s, %s: %s names no bean", reference.file(), reference.elementId(), reference.expression())
                    .isTrue();
            assertThat(context.isTypeMatch(reference.beanName(), reference.type()))
                    .as("%s, %s: bean %s is a %s", reference.file(), reference.elementId(), reference.beanName(),
                            reference.type().getSimpleName())
                    .isTrue();
        });
    }

    @Test
    void everyListenerAndDelegateOfTheApplicationIsNamedByAModel() {
        Set<String> named = REFERENCES.stream().map(Reference::beanName).collect(Collectors.toSet());
        List<String> ours = new ArrayList<>();
        for (Class<?> type : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
            Arrays.stream(context.getBeanNamesForType(type))
                    .filter(name -> context.getType(name).getPackageName().startsWith("th.go.phuket.planning"))
                    .forEach(ours::add);
        }
        assertThat(ours).isNotEmpty().allSatisfy(name -> assertThat(named).as("a model names %s", name).contains(name));
    }
}
