package th.go.phuket.planning.cycle;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.engine.RehearsalClock;

/**
 * On the first start of the demo (default profile), sets the rehearsal clock to the 2018 kickoff and starts the
 * cycle {@code phuket-2563} for every agency. Never a second time: the cycle registry remembers it.
 */
@Component
@ConditionalOnProperty(name = "planning.demo.cycle", havingValue = "true")
class DemoCycleStarter {

    static final OffsetDateTime KICKOFF = OffsetDateTime.parse("2018-08-17T09:00:00+07:00");
    private static final Logger LOG = LoggerFactory.getLogger(DemoCycleStarter.class);

    private final RuntimeService runtimeService;
    private final RehearsalClock clock;
    private final JdbcTemplate jdbc;

    DemoCycleStarter(RuntimeService runtimeService, RehearsalClock clock, JdbcTemplate jdbc) {
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void startDemoCycleOnce() {
        Integer known = jdbc.queryForObject("select count(*) from pc_cycle where cycle_id = ?", Integer.class,
                CycleSettings.DEFAULT_CYCLE_ID);
        if (known != null && known > 0) {
            return;
        }
        if (!clock.isSet()) {
            clock.moveTo(KICKOFF.toInstant());
        }
        runtimeService.startProcessInstanceByKey(CycleProcess.KEY, CycleSettings.DEFAULT_CYCLE_ID);
        LOG.info("Demo cycle {} started for every agency of the directory (rehearsal clock {})",
                CycleSettings.DEFAULT_CYCLE_ID, clock.now());
    }
}
