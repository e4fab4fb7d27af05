package th.go.phuket.planning.reminder.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.reminder.AgencyTaskMail;

/**
 * {@code GET /agency-review/{contribution}}, the link of the {@code TASK_ASSIGNED} and {@code RETURNED} emails: the
 * email is written just before its review task exists, so it names the contribution, and this answers with a
 * redirect to Tasklist. A person signed in to Tasklist who may see the review task open now lands on it; anybody
 * else lands on Tasklist itself (its login, then the "To do" filter, which lists the agency's open review), so the
 * link never tells a stranger or another agency even a task id.
 */
@Controller
public class AgencyReviewLinkController {

    private final TaskService tasks;
    private final IdentityService identity;
    private final String engineName;
    private final String tasklist;

    public AgencyReviewLinkController(TaskService tasks, IdentityService identity,
            @Value("${camunda.bpm.process-engine-name:default}") String engineName,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.tasks = tasks;
        this.identity = identity;
        this.engineName = engineName;
        this.tasklist = webappPath.replaceAll("/+$", "") + "/app/tasklist/default/";
    }

    @GetMapping(AgencyTaskMail.REVIEW_LINK + "{contribution}")
    public ResponseEntity<Void> openReview(@PathVariable String contribution, HttpServletRequest request) {
        Task review = visibleReview(contribution, signedInUser(request));
        String target = review == null ? tasklist : tasklist + "#/?task=" + review.getId();
        return ResponseEntity.status(302).location(URI.create(target)).build();
    }

    /** The open review task of the contribution as the signed-in person may see it (the engine's rights apply). */
    private Task visibleReview(String contribution, UserAuthentication user) {
        if (user == null) {
            return null;
        }
        try {
            identity.setAuthentication(user.getIdentityId(), user.getGroupIds());
            return tasks.createTaskQuery().processInstanceId(contribution)
                    .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).active().singleResult();
        } finally {
            identity.clearAuthentication();
        }
    }

    private UserAuthentication signedInUser(HttpServletRequest request) {
        var session = request.getSession(false);
        Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var login = logins == null ? null : logins.getAuthenticationForProcessEngine(engineName);
        return login instanceof UserAuthentication user && user.getIdentityId() != null ? user : null;
    }
}
