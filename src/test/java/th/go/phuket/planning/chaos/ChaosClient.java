package th.go.phuket.planning.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user's browser or script does against one node, over HTTP with HTTP Basic: engine REST for tasks and
 * history, the app's API for cycles, the outbox and the demo clock. A node that is gone throws {@link IOException};
 * any HTTP answer comes back as a {@link Response}.
 */
final class ChaosClient {

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** An open task as the suite needs it. */
    record Task(String id, String processInstanceId, String taskDefinitionKey) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChaosClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    Response call(String method, String path, String user, String password, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    JsonNode json(String path, String user, String password) throws IOException {
        Response response = call("GET", path, user, password, null);
        if (!response.ok()) {
            throw new IOException("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    List<Task> tasks(String query, String user, String password) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (JsonNode task : json("/engine-rest/task?" + query, user, password)) {
            tasks.add(new Task(task.get("id").asText(), task.get("processInstanceId").asText(),
                    task.get("taskDefinitionKey").asText()));
        }
        return tasks;
    }

    /** Completes a task with string variables: 204 when the app took it. */
    Response complete(String taskId, Map<String, String> variables, String user, String password)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, Map.of("value", value)));
        return call("POST", "/engine-rest/task/" + taskId + "/complete", user, password, Map.of("variables", values));
    }

    /** Whether the task was completed (in the history, ended and not deleted otherwise). */
    boolean completed(String taskId, String user, String password) throws IOException {
        JsonNode found = json("/engine-rest/history/task?taskId=" + taskId, user, password);
        return found.size() == 1 && !found.get(0).get("endTime").isNull()
                && "completed".equals(found.get(0).path("deleteReason").asText());
    }

    /** Whether the cycle's process instance exists (running or in the history). */
    boolean cycleExists(String cycleId, String user, String password) throws IOException {
        return json("/engine-rest/history/process-instance?processDefinitionKey=planReviewCycle&processInstanceBusinessKey="
                + encode(cycleId), user, password).size() == 1;
    }

    /** Outbox rows as the API shows them: id to status. */
    Map<String, String> outbox(String query, String user, String password) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (JsonNode row : json("/api/outbox?limit=5000" + (query.isEmpty() ? "" : "&" + query), user, password)) {
            rows.put(row.get("id").asText(), row.get("status").asText());
        }
        return rows;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
