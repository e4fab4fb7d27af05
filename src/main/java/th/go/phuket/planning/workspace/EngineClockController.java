package th.go.phuket.planning.workspace;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * {@code GET /api/clock}: the engine's time, for every signed-in user (the webapps' login or HTTP Basic). The
 * Camunda webapps count their relative times ("อีก 3 วัน") from it instead of the computer's clock, so during a
 * rehearsal they read as the day the engine is on. Read-only, in every profile; moving the clock is
 * {@code POST /api/demo/clock}.
 */
@RestController
public class EngineClockController {

    /** {@code now} in Bangkok time (ISO 8601), {@code epochMillis} for scripts, and whether a rehearsal time is set. */
    public record EngineTime(String now, long epochMillis, boolean rehearsal) {
    }

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final RehearsalClock clock;

    public EngineClockController(RehearsalClock clock) {
        this.clock = clock;
    }

    @GetMapping("/api/clock")
    public ResponseEntity<EngineTime> now() {
        Instant now = clock.now();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new EngineTime(ISO_SECONDS.format(now.atZone(ThaiDates.BANGKOK)), now.toEpochMilli(),
                        clock.isSet()));
    }
}
