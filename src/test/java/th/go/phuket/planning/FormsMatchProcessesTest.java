package th.go.phuket.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.contribution.ContributionTaskInputRules;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleTaskInputRules;
import th.go.phuket.planning.task.TaskInputValidator;

/**
 * The BPMN files and the forms agree: every {@code camunda:formRef} resolves to a form under {@code bpmn/} (the engine
 * would only fail when the task is opened), every user task validates its input on completion, and no form is left
 * unused.
 */
class FormsMatchProcessesTest {

    private static final List<String> PROCESS_FILES = List.of(CycleProcess.RESOURCE, ContributionProcess.RESOURCE);
    private static final String VALIDATE_LISTENER = "${validateTaskInputListener}";

    private final List<BpmnModelInstance> models = PROCESS_FILES.stream().map(FormsMatchProcessesTest::read).toList();

    @Test
    void everyUserTaskHasTheFormOfItsSpec() {
        assertThat(userTasks()).isNotEmpty().allSatisfy(task -> {
            FormSpec spec = FormSpec.forTask(task.getId())
                    .orElseThrow(() -> new AssertionError("no form spec for user task " + task.getId()));
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isEqualTo(spec.formId());
            assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isEqualTo("latest");
        });
    }

    @Test
    void everyFormRefResolvesToAFormWithThatId() throws IOException {
        Map<String, Path> formsById = formFilesById();

        assertThat(formRefs()).isNotEmpty().allSatisfy(formRef -> assertThat(formsById)
                .as("a form file under %s/ with \"id\": \"%s\"", FormSpec.DIRECTORY, formRef).containsKey(formRef));
    }

    @Test
    void theCycleStartsWithTheStartForm() {
        StartEvent start = models.get(0).getModelElementById(CycleProcess.START);

        assertThat(start.getCamundaFormRef()).isEqualTo("form-" + FormSpec.START_FORM);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("latest");
    }

    @Test
    void everyFormIsUsed() throws IOException {
        assertThat(formRefs()).containsAll(formFilesById().keySet());
    }

    @Test
    void everyUserTaskValidatesItsInputOnCompletion() {
        var validator = new TaskInputValidator(List.of(new CycleTaskInputRules(), new ContributionTaskInputRules()));

        assertThat(userTasks()).allSatisfy(task -> {
            Collection<CamundaTaskListener> listeners = task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaTaskListener.class).list();
            assertThat(listeners).as("complete listeners of %s", task.getId())
                    .anyMatch(l -> "complete".equals(l.getCamundaEvent())
                            && VALIDATE_LISTENER.equals(l.getCamundaDelegateExpression()));
            assertThat(validator.taskKeys()).as("input rules").contains(task.getId());
        });
    }

    private List<UserTask> userTasks() {
        return models.stream().flatMap(model -> model.getModelElementsByType(UserTask.class).stream()).toList();
    }

    private List<String> formRefs() {
        List<String> refs = new ArrayList<>();
        models.forEach(model -> {
            model.getModelElementsByType(UserTask.class).forEach(task -> refs.add(task.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                    .filter(Objects::nonNull).forEach(refs::add);
        });
        return refs;
    }

    private static Map<String, Path> formFilesById() throws IOException {
        var json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of(FormSpec.DIRECTORY))) {
            var byId = new HashMap<String, Path>();
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                byId.put(json.readTree(file.toFile()).path("id").asText(), file);
            }
            return byId;
        }
    }

    private static BpmnModelInstance read(String file) {
        Path path = Path.of(file);
        assertThat(path).as("process model %s (SPEC: processes live in bpmn/)", file).exists();
        return Bpmn.readModelFromFile(path.toFile());
    }
}
