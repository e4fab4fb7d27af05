package th.go.phuket.planning.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;
import th.go.phuket.planning.task.InputChecks;

/**
 * Asks the decision {@code proposalScreening} ({@code bpmn/proposal-screening.dmn}) where each project of a proposal
 * belongs, from the agency's category, the project's alignment, details, scope and budget. The caller supplies how
 * the decision is evaluated: the engine's DecisionService in the process, a bare DMN engine in tests.
 */
@Component
public class ProposalScreening {

    public static final String DECISION_KEY = "proposalScreening";
    public static final String RESOURCE = "bpmn/proposal-screening.dmn";

    /** Inputs and outputs of the decision table. */
    public static final String IN_HAS_PHUKET_GOAL = "hasPhuketGoal";
    public static final String IN_HAS_NATIONAL_STRATEGY = "hasNationalStrategy";
    public static final String IN_HAS_OBJECTIVE = "hasObjective";
    public static final String IN_HAS_RESPONSIBLE_UNIT = "hasResponsibleUnit";
    public static final String IN_AGENCY_CATEGORY = "agencyCategory";
    public static final String IN_SCOPE = "scope";
    public static final String IN_BUDGET_BAHT = "budgetBaht";
    public static final String OUT_PLACEMENT = "placement";
    public static final String OUT_REASON = "reason";

    /** {@code screeningNote} is a String variable, at most 4000 characters. */
    static final int MAX_NOTE = InputChecks.MAX_LONG_TEXT;
    private static final int MORE_ALLOWANCE = 100;

    private final FrameworkCatalogue catalogue;

    public ProposalScreening(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The decision's inputs for one project; a project without a district counts as province-wide. */
    public Map<String, Object> facts(String agencyCategory, Project project) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(IN_HAS_PHUKET_GOAL, !project.alignedTo(FrameworkCatalogue.PHUKET_GOALS, catalogue).isEmpty());
        facts.put(IN_HAS_NATIONAL_STRATEGY,
                !project.alignedTo(FrameworkCatalogue.NATIONAL_STRATEGY, catalogue).isEmpty());
        facts.put(IN_HAS_OBJECTIVE, project.hasObjective());
        facts.put(IN_HAS_RESPONSIBLE_UNIT, project.hasResponsibleUnit());
        facts.put(IN_AGENCY_CATEGORY, agencyCategory);
        facts.put(IN_SCOPE, project.location().map(ProjectLocation::scope)
                .orElse(ProjectLocation.Scope.PROVINCE).code());
        facts.put(IN_BUDGET_BAHT, project.budgetBaht().doubleValue());
        return facts;
    }

    /**
     * @param decision evaluates {@code proposalScreening} on the given inputs and returns its single result's
     *                 outputs ({@code placement}, {@code reason}), or {@code null} when no rule matched
     */
    public List<ScreenedProject> screen(String agencyCategory, List<Project> projects,
                                        Function<Map<String, Object>, Map<String, Object>> decision) {
        List<ScreenedProject> screened = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Map<String, Object> result = decision.apply(facts(agencyCategory, projects.get(i)));
            Placement placement = result == null ? Placement.INCOMPLETE
                    : Placement.fromCode((String) result.get(OUT_PLACEMENT)).orElseThrow(() ->
                            new IllegalStateException("Unknown placement " + result.get(OUT_PLACEMENT) + " from "
                                    + DECISION_KEY));
            String reason = result == null ? Messages.get("proposal.screening.noRule") : (String) result.get(OUT_REASON);
            screened.add(new ScreenedProject(i + 1, projects.get(i), placement, reason));
        }
        return List.copyOf(screened);
    }

    /** Whether the officer should return the proposal: some project is incomplete. */
    public static boolean needsReturn(List<ScreenedProject> screened) {
        return screened.stream().anyMatch(ScreenedProject::incomplete);
    }

    /**
     * The note the officer sends back with an incomplete proposal, one line per incomplete project, short enough
     * for the {@code screeningNote} limit: projects beyond it are counted, not listed.
     */
    public static String returnNote(List<ScreenedProject> screened) {
        StringBuilder note = new StringBuilder(Messages.get("proposal.screening.returnNote"));
        List<ScreenedProject> incomplete = screened.stream().filter(ScreenedProject::incomplete).toList();
        for (int i = 0; i < incomplete.size(); i++) {
            ScreenedProject project = incomplete.get(i);
            String line = "\n" + Messages.get("proposal.screening.returnNote.project", project.number(),
                    project.project().title(), project.reason());
            if (note.length() + line.length() > MAX_NOTE - MORE_ALLOWANCE) {
                note.append('\n').append(Messages.get("proposal.screening.returnNote.more", incomplete.size() - i));
                break;
            }
            note.append(line);
        }
        return note.toString();
    }
}
