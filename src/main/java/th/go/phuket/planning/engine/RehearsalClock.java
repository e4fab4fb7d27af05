package th.go.phuket.planning.engine;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine clock of rehearsals and demos: an offset from real time, so the clock keeps running from the moment
 * it was moved to. Kept in the engine's property table, so a restart resumes the rehearsal where it was.
 */
public class RehearsalClock {

    static final String OFFSET_PROPERTY = "planning.rehearsal-offset-ms";

    private final ManagementService managementService;

    public RehearsalClock(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Re-applies a saved rehearsal offset (at start-up). */
    public void restore() {
        savedOffset().ifPresent(ClockUtil::offset);
    }

    public boolean isSet() {
        return savedOffset().isPresent();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine clock to {@code moment}; from there it runs on in real time. */
    public void moveTo(Instant moment) {
        long offset = moment.toEpochMilli() - System.currentTimeMillis();
        managementService.setProperty(OFFSET_PROPERTY, Long.toString(offset));
        ClockUtil.offset(offset);
    }

    private Optional<Long> savedOffset() {
        String value = managementService.getProperties().get(OFFSET_PROPERTY);
        return Optional.ofNullable(value).map(Long::parseLong);
    }
}
