package th.go.phuket.planning.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine clock of rehearsals and demos: an offset from real time, so the clock keeps running from the moment
 * it was moved to. Kept in the engine's property table, so a restart resumes the rehearsal where it was.
 */
@Component
public class RehearsalClock {

    static final String OFFSET_PROPERTY = "planning.rehearsal-offset-ms";

    private final ManagementService managementService;
    private final IdentityService identityService;

    public RehearsalClock(ManagementService managementService, IdentityService identityService) {
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** Re-applies a saved rehearsal offset (at start-up). */
    @PostConstruct
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
        asTheApp(() -> {
            managementService.setProperty(OFFSET_PROPERTY, Long.toString(offset));
            return null;
        });
        ClockUtil.offset(offset);
    }

    private Optional<Long> savedOffset() {
        String value = asTheApp(() -> managementService.getProperties().get(OFFSET_PROPERTY));
        return Optional.ofNullable(value).map(Long::parseLong);
    }

    /**
     * The clock is the app's setting, not the caller's: who may move it is decided by the API (security/), while
     * the engine's property table is for administrators only once authorization is on. So the property is read
     * and written without the caller's engine authentication, which is put back afterwards.
     */
    private <T> T asTheApp(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
