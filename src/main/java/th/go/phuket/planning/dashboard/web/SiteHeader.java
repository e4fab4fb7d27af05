package th.go.phuket.planning.dashboard.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.CamundaLinks;
import org.springframework.beans.factory.ObjectProvider;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.support.SitePage;

/**
 * The header of the product's own pages: the date by the engine clock (a rehearsal shows 2018), in the Buddhist
 * Era, and the links between the pages, for every controller marked {@link SitePage}.
 */
@ControllerAdvice(annotations = SitePage.class)
public class SiteHeader {

    /** What {@code fragments/layout.html} shows. */
    public record Header(String dateText, String timeText, boolean rehearsal, LocalDate today, CamundaLinks links) {
    }

    private final ObjectProvider<RehearsalClock> clock;
    private final ObjectProvider<CamundaLinks> links;

    /** The clock and links are absent in MVC slice tests of other features' controllers, which this advice also serves. */
    public SiteHeader(ObjectProvider<RehearsalClock> clock, ObjectProvider<CamundaLinks> links) {
        this.clock = clock;
        this.links = links;
    }

    @ModelAttribute("header")
    public Header header() {
        RehearsalClock rehearsal = clock.getIfAvailable();
        ZonedDateTime now = (rehearsal == null ? java.time.Instant.now() : rehearsal.now()).atZone(ThaiDates.BANGKOK);
        String time = String.format("%02d:%02d น.", now.getHour(), now.getMinute());
        boolean rehearsing = rehearsal != null && rehearsal.isSet();
        return new Header(ThaiDates.fullDate(now.toLocalDate()), time, rehearsing, now.toLocalDate(), links.getIfAvailable());
    }
}
