package th.go.phuket.planning.dashboard;

/** Links into the Camunda webapps (Tasklist, Cockpit) under their application path, {@code /camunda} by default. */
public record CamundaLinks(String webappPath) {

    public CamundaLinks {
        webappPath = webappPath == null || webappPath.isBlank() ? "/camunda" : webappPath.replaceAll("/+$", "");
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
