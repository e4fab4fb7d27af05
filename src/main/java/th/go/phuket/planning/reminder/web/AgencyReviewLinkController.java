package th.go.phuket.planning.reminder.web;

import java.net.URI;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * redirect to the review task open now in Tasklist (to Tasklist's list when none is open: handed in, or being
 * screened). Tasklist asks for the login and checks the rights as for any task link; the redirect tells nothing but
 * a task id.
 */
@Controller
public class AgencyReviewLinkController {

    private final TaskService tasks;
    private final String tasklist;

    public AgencyReviewLinkController(TaskService tasks,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.tasks = tasks;
        this.tasklist = webappPath.replaceAll("/+$", "") + "/app/tasklist/default/";
    }

    @GetMapping(AgencyTaskMail.REVIEW_LINK + "{contribution}")
    public ResponseEntity<Void> openReview(@PathVariable String contribution) {
        Task review = tasks.createTaskQuery().processInstanceId(contribution)
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).active().singleResult();
        String target = review == null ? tasklist : tasklist + "#/?task=" + review.getId();
        return ResponseEntity.status(302).location(URI.create(target)).build();
    }
}
