package th.go.phuket.planning.agency;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts every agency of the shipped {@code agencies.csv} that the database does not have yet into {@code pc_agency},
 * at start-up, before the directory is handed out. Agencies are never deleted, so an agency the office changed or
 * retired is never brought back or overwritten; one added to the file by a later release is added. Several nodes
 * starting at once: an agency inserted by another node meanwhile is skipped.
 */
@Component
public class AgencySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(AgencySeeder.class);

    private final AgencyStore store;

    public AgencySeeder(AgencyStore store) {
        this.store = store;
    }

    @PostConstruct
    void seedAtStartUp() {
        seed();
    }

    /** Adds the missing shipped agencies; returns how many. */
    public int seed() {
        int added = 0;
        Instant now = Clock.systemUTC().instant();
        for (Agency agency : AgencyDirectory.shipped().values()) {
            if (!store.exists(agency.id())) {
                try {
                    store.insert(agency, now);
                    added++;
                } catch (DuplicateKeyException addedByAnotherNode) {
                    LOG.debug("Agency {} added by another node meanwhile", agency.id());
                }
            }
        }
        LOG.info("Agency directory: {} agencies, {} added from {}", store.size(), added, AgencyDirectory.RESOURCE);
        store.refresh();
        return added;
    }
}
