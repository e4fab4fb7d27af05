package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.hearing.HearingProcess;
import th.go.phuket.planning.reminder.DeadlineWatchProcess;

/** BPMN and Java agree through the {@code <Feature>Process} constants: every element key named there exists. */
class ProcessKeysTest {

    @ParameterizedTest
    @ValueSource(classes = {CycleProcess.class, ContributionProcess.class, DeadlineWatchProcess.class,
        HearingProcess.class})
    void everyElementKeyOfTheConstantsExistsInItsBpmnFile(Class<?> constants) throws Exception {
        String resource = (String) constants.getField("RESOURCE").get(null);
        BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getClassLoader().getResourceAsStream(resource));

        Process process = model.getModelElementById((String) constants.getField("KEY").get(null));
        assertThat(process).as("process %s in %s", constants.getSimpleName(), resource).isNotNull();
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();

        List<String> elementKeys = elementKeys(constants);
        assertThat(elementKeys).isNotEmpty();
        for (String key : elementKeys) {
            assertThat((Object) model.getModelElementById(key)).as("%s in %s", key, resource).isNotNull();
        }
    }

    private static List<String> elementKeys(Class<?> constants) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : constants.getFields()) {
            String name = field.getName();
            boolean element = name.startsWith("TASK_") || name.startsWith("GATEWAY_") || name.startsWith("CALL_")
                    || name.startsWith("TIMER_") || name.startsWith("END_") || name.startsWith("CATCH_")
                    || name.startsWith("START_")
                    || name.equals("START") || name.equals("END");
            if (element && Modifier.isStatic(field.getModifiers())) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }
}
