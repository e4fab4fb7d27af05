package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.BpmnBeanReferences.Reference;

/** Which names of a BPMN file are beans: what {@code BpmnBeansIntegrationTest} looks up in the application. */
class BpmnBeanReferencesTest {

    private static final String MODEL = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
              <bpmn:process id="p">
                <bpmn:extensionElements>
                  <camunda:executionListener delegateExpression="${startListener}" event="start" />
                </bpmn:extensionElements>
                <bpmn:userTask id="Task_A" camunda:candidateGroups="${agencyId}" camunda:dueDate="${dueAt}">
                  <bpmn:extensionElements>
                    <camunda:taskListener delegateExpression="${ checkListener }" event="complete" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:boundaryEvent id="Timer_A" attachedToRef="Task_A">
                  <bpmn:timerEventDefinition id="TimerDefinition_A">
                    <bpmn:timeDate>${schedule.dueAt(proposalsDueAt, execution.getVariable('x'))}</bpmn:timeDate>
                  </bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sendTask id="Task_Send" camunda:delegateExpression="${sendDelegate}" />
                <bpmn:endEvent id="End_A">
                  <bpmn:messageEventDefinition id="MessageDefinition_A" camunda:delegateExpression="#{stopDelegate}" />
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_A" sourceRef="Task_A" targetRef="End_A">
                  <bpmn:conditionExpression>${decision == 'approved' &amp;&amp; execution.hasVariable('x')}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:callActivity id="Call_A"><bpmn:extensionElements>
                  <camunda:in businessKey="#{execution.processBusinessKey}" />
                </bpmn:extensionElements></bpmn:callActivity>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void delegateExpressionsAndCalledObjectsAreBeansVariablesAndTheEnginesObjectsAreNot() throws IOException {
        List<Reference> references = read(MODEL);

        assertThat(references).extracting(Reference::beanName, Reference::elementId, Reference::type).containsExactly(
                tuple("startListener", "p", ExecutionListener.class),
                tuple("checkListener", "Task_A", TaskListener.class),
                tuple("schedule", "Timer_A", Object.class),
                tuple("sendDelegate", "Task_Send", JavaDelegate.class),
                tuple("stopDelegate", "End_A", JavaDelegate.class));
    }

    @Test
    void aDelegateExpressionWithLogicIsRefused() {
        assertThatThrownBy(() -> read(MODEL.replace("${sendDelegate}", "${ok ? a : b}")))
                .hasMessageContaining("a delegate expression names one bean");
    }

    private static List<Reference> read(String bpmn) throws IOException {
        return BpmnBeanReferences.in("test.bpmn", new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
    }
}
