package th.go.phuket.planning.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.phuket.planning.calendar.ThaiDates;

/** The engine's clock (moved by rehearsals and by tests through {@code ClockUtil}) as a {@link Clock}, in Bangkok. */
public final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ThaiDates.BANGKOK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
