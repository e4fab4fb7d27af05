package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.FrameworkItem;
import th.go.phuket.planning.proposal.Project;
import th.go.phuket.planning.support.Messages;

/**
 * What the hearing's process elements do to the hearing: open it with the whole plan and each Phuket goal of the
 * draft as items, move its closing to a new hearing day, close it, make its record final, and add the projects of an
 * accepted contribution as items. No Camunda types: the delegates pass plain values.
 */
@Component
public class HearingWindow {

    private final HearingStore hearings;
    private final FrameworkCatalogue catalogue;

    public HearingWindow(HearingStore hearings, FrameworkCatalogue catalogue) {
        this.hearings = hearings;
        this.catalogue = catalogue;
    }

    /** A day as the cycle keeps it: an ISO text ({@code 2018-09-13}, also with a time) or a date of the engine. */
    public static LocalDate day(Object value) {
        if (value instanceof Date date) {
            return ThaiDates.bangkokDate(date.toInstant());
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = String.valueOf(value).strip();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** Opens the comments now; returns when they close (the timer's due date). */
    public Date open(String cycleId, String processInstanceId, String title, String draftSummary,
                     LocalDate hearingDate, String venue, Instant now) {
        Instant closes = Hearing.closingOf(hearingDate);
        hearings.open(new Hearing(cycleId, processInstanceId, title, draftSummary, hearingDate, venue, now, closes,
                null, null));
        List<HearingItem> items = new ArrayList<>();
        items.add(new HearingItem(HearingItem.GENERAL, HearingItem.KIND_GENERAL, Messages.get("hearing.item.general"),
                Messages.get("hearing.item.general.detail")));
        for (FrameworkItem goal : catalogue.byFramework(FrameworkCatalogue.PHUKET_GOALS)) {
            items.add(new HearingItem(HearingItem.goalId(goal.code()), HearingItem.KIND_GOAL, goal.titleTh(),
                    goal.code() + " · " + goal.titleEn()));
        }
        hearings.addItems(cycleId, items, now);
        return Date.from(hearings.find(cycleId).orElseThrow().closesAt());
    }

    /** The office set the hearing day (again): comments close at its end; returns the new closing. */
    public Date move(String cycleId, LocalDate hearingDate, String venue, Instant now) {
        Instant closes = Hearing.closingOf(hearingDate);
        hearings.moveClosing(cycleId, hearingDate, venue, closes, now);
        return Date.from(closes);
    }

    public void close(String cycleId, Instant now) {
        hearings.close(cycleId, now);
    }

    public void finalise(String cycleId, Instant now) {
        hearings.finalise(cycleId, now);
    }

    /** The projects of an accepted contribution become items {@code project:<agencyId>:<n>}, counted from 1. */
    public void addProjects(String cycleId, String agencyId, String agencyName, List<Project> projects, Instant now) {
        // a contribution without projects adds nothing: no need to look for the hearing
        if (projects.isEmpty() || hearings.find(cycleId).isEmpty()) {
            return;
        }
        List<HearingItem> items = new ArrayList<>();
        NumberFormat baht = NumberFormat.getNumberInstance(Locale.US);
        baht.setMaximumFractionDigits(2);
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            BigDecimal budget = project.budgetBaht();
            items.add(new HearingItem(HearingItem.projectId(agencyId, i + 1), HearingItem.KIND_PROJECT,
                    project.title(), Messages.get("hearing.item.project.detail", agencyName, baht.format(budget))));
        }
        hearings.addItems(cycleId, items, now);
    }
}
