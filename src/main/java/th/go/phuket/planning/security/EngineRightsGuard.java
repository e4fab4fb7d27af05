package th.go.phuket.planning.security;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.phuket.planning.support.Messages;

/**
 * Rights Camunda 7 does not check itself, checked before a request of engine REST or of the webapps' engine API
 * (Tasklist) reaches the engine; found by the isolation matrix, where agency A reached agency B's work:
 * <ul>
 * <li>a task's comments and attachments, only for those who may see the task (Camunda's comment and attachment
 * commands check no right, camunda-bpm-platform#3454: A read B's comment by its id and deleted B's attachment);
 * a task the caller may not see answers 404, as the engine's own task routes do;</li>
 * <li>running a job by hand, only for those who may change its process instance: the engine checks the right
 * inside the job, so a refused run still counted as a failed attempt, used up the retries of B's reminder timer
 * and opened an incident on B's contribution.</li>
 * </ul>
 */
public class EngineRightsGuard extends OncePerRequestFilter {

    private static final String ROOTS = "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern TASK_NOTES = Pattern.compile(ROOTS + "/task/([^/]+)/(?:comment|attachment)(?:/.*)?$");
    private static final Pattern JOB_RUN = Pattern.compile(ROOTS + "/job/([^/]+)/execute$");

    private final RequestAuthenticator authenticator;
    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    public EngineRightsGuard(RequestAuthenticator authenticator, ProcessEngine engine) {
        this.authenticator = authenticator;
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher notes = TASK_NOTES.matcher(path);
        Matcher job = JOB_RUN.matcher(path);
        if (notes.matches() || job.matches() && "POST".equals(request.getMethod())) {
            Authentication caller = caller(request);
            // nobody: the engine's own authentication refuses the request further down the chain
            if (caller != null && notes.matches() && !maySeeTask(caller, notes.group(1))) {
                refuse(response, 404, Messages.get("security.task.notVisible", notes.group(1)));
                return;
            }
            if (caller != null && job.matches() && !mayRunJob(caller, job.group(1))) {
                refuse(response, 403, Messages.get("security.job.notRunnable", caller.getUserId()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The engine's authentication of this request when set already (engine REST), else the app's own lookup. */
    private Authentication caller(HttpServletRequest request) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current != null) {
            return current;
        }
        return authenticator.authenticate(request).authenticated()
                .map(user -> new Authentication(user.userId(), user.groupIds())).orElse(null);
    }

    private boolean maySeeTask(Authentication caller, String taskId) {
        return as(caller, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
                || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
    }

    /**
     * UPDATE on the job's process instance or UPDATE_INSTANCE on its process; a job of no process: admins only.
     * Looked up as the app: the caller's own queries would hide the job and the rights of others.
     */
    private boolean mayRunJob(Authentication caller, String jobId) {
        return as(null, () -> mayRunJobAsTheApp(caller, jobId));
    }

    private boolean mayRunJobAsTheApp(Authentication caller, String jobId) {
        Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            // the engine answers 404 itself
            return true;
        }
        var rights = engine.getAuthorizationService();
        var groups = caller.getGroupIds();
        if (job.getProcessInstanceId() == null) {
            return rights.isUserAuthorized(caller.getUserId(), groups, Permissions.ALL, Resources.PROCESS_DEFINITION);
        }
        return rights.isUserAuthorized(caller.getUserId(), groups, Permissions.UPDATE, Resources.PROCESS_INSTANCE,
                job.getProcessInstanceId())
                || rights.isUserAuthorized(caller.getUserId(), groups, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, job.getProcessDefinitionKey());
    }

    /** Runs {@code work} as {@code caller} (or as the app, when null), then puts the thread's user back. */
    private <T> T as(Authentication caller, Supplier<T> work) {
        var identity = engine.getIdentityService();
        Authentication before = identity.getCurrentAuthentication();
        if (caller == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(caller);
        }
        try {
            return work.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of(
                "type", status == 403 ? "AuthorizationException" : "InvalidRequestException", "message", message)));
    }
}
