package th.go.phuket.planning.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into the Camunda webapps (Tasklist, Cockpit) under their application path, {@code /camunda} by default. */
@Component
public record CamundaLinks(String webappPath) {

    public CamundaLinks(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappPath = webappPath == null || webappPath.isBlank() ? "/camunda" : webappPath.replaceAll("/+$", "");
    }

    public String tasklist() {
        return webappPath + "/app/tasklist/default/";
    }

    public String tasklistTask(String taskId) {
        return taskId == null ? tasklist() : tasklist() + "#/?task=" + taskId;
    }

    public String cockpit() {
        return webappPath + "/app/cockpit/default/";
    }

    public String cockpitProcessInstance(String processInstanceId) {
        return processInstanceId == null ? cockpit() : cockpit() + "#/process-instance/" + processInstanceId;
    }

    public String admin() {
        return webappPath + "/app/admin/default/";
    }
}
