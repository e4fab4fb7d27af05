package th.go.phuket.planning.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.dashboard.CamundaLinks;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * The header of the product's own pages: the date by the engine clock (a rehearsal shows 2018), in the Buddhist
 * Era, and the links between the pages. Other pages get it by listing their controller here.
 */
@ControllerAdvice(assignableTypes = {HomeController.class, DashboardController.class})
public class SiteHeader {

    /** What {@code fragments/layout.html} shows. */
    public record Header(String dateText, String timeText, boolean rehearsal, LocalDate today, CamundaLinks links) {
    }

    private static final Duration REAL_TIME_TOLERANCE = Duration.ofMinutes(1);

    private final RehearsalClock clock;
    private final CamundaLinks links;

    public SiteHeader(RehearsalClock clock, CamundaLinks links) {
        this.clock = clock;
        this.links = links;
    }

    @ModelAttribute("header")
    public Header header() {
        Instant engineNow = clock.now();
        ZonedDateTime now = engineNow.atZone(ThaiDates.BANGKOK);
        String time = String.format("%02d:%02d น.", now.getHour(), now.getMinute());
        return new Header(ThaiDates.fullDate(now.toLocalDate()), time, isRehearsal(engineNow), now.toLocalDate(),
                links);
    }

    /**
     * A rehearsal when the engine clock is away from real time. Read from the clock itself: the saved rehearsal
     * offset is an engine property, which only administrators may read once authorization is on.
     */
    static boolean isRehearsal(Instant engineNow) {
        return Duration.between(Instant.now(), engineNow).abs().compareTo(REAL_TIME_TOLERANCE) > 0;
    }
}
