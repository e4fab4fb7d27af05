package th.go.phuket.planning.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.phuket.planning.support.Messages;

/**
 * The office's changes to the directory (page, {@code /api/agencies}, an imported file): add an agency, change its
 * names, category, email, contact people, retire it or bring it back, never its id, never a deletion. Each change
 * is checked whole (every problem named, nothing kept when one is wrong), made in one transaction with the
 * agency's group and contacts' users in the engine and its rights, and logged with who and when.
 */
@Component
public class AgencyBook {

    /** An agency written: whether it is new, and whether anything changed. */
    public record Saved(Agency agency, boolean created, boolean changed) {
    }

    /** A file taken: agencies added, changed, and left as they were. */
    public record Imported(int added, int changed, int unchanged) {
    }

    private final AgencyStore store;
    private final AgencyIdentities identities;
    private final TransactionTemplate transactions;
    private final Supplier<List<AgencyChangeListener>> listeners;
    private final Clock clock;

    @Autowired
    public AgencyBook(AgencyStore store, AgencyIdentities identities, PlatformTransactionManager transactionManager,
                      ObjectProvider<AgencyChangeListener> listeners) {
        this(store, identities, new TransactionTemplate(transactionManager), () -> listeners.orderedStream().toList(),
                Clock.systemUTC());
    }

    public AgencyBook(AgencyStore store, AgencyIdentities identities, TransactionTemplate transactions,
                      Supplier<List<AgencyChangeListener>> listeners, Clock clock) {
        this.store = store;
        this.identities = identities;
        this.transactions = transactions;
        this.listeners = listeners;
        this.clock = clock;
    }

    /**
     * @throws AgencyInputException when a field is wrong (each named)
     * @throws AgencyExistsException when the id is taken
     */
    public Saved add(AgencyInput input, String by) {
        Agency agency = checked(input);
        return inTransaction(() -> {
            if (store.exists(agency.id())) {
                throw new AgencyExistsException(agency.id());
            }
            return write(null, agency, by);
        });
    }

    /**
     * Changes what {@code input} gives (the rest stays); {@code active: false} retires the agency.
     *
     * @throws UnknownAgencyException when there is no such agency
     * @throws AgencyInputException when a field is wrong (each named)
     */
    public Saved change(String id, AgencyInput input, String by) {
        return inTransaction(() -> {
            Agency current = store.load(id).orElseThrow(() -> new UnknownAgencyException(id));
            Agency changed = checked(input.over(current));
            return write(current, changed, by);
        });
    }

    /**
     * Adds the file's new agencies and changes the known ones, all or nothing; agencies not in the file stay as
     * they are. {@code rows} are already read (see {@link AgencyFile}); a row's problems are named with its line.
     */
    public Imported importRows(List<AgencyFile.Row> rows, String by) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AgencyFile.Row row : rows) {
            String id = row.input().id() == null ? "" : row.input().id().strip();
            if (!id.isEmpty() && !seen.add(id)) {
                problems.add(row.problem("id", Messages.get("agency.import.repeated", id)));
            }
            row.readErrors().forEach((field, message) -> problems.add(row.problem(field, message)));
            AgencyRules.check(row.input()).forEach((field, message) -> problems.add(row.problem(field, message)));
        }
        if (rows.isEmpty()) {
            problems.add(Messages.get("agency.import.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new AgencyInputException(problems);
        }
        return inTransaction(() -> {
            int added = 0;
            int changed = 0;
            for (AgencyFile.Row row : rows) {
                Optional<Agency> current = store.load(row.input().id());
                // what the file leaves empty (active, the contacts of a file without them) stays as it is
                Agency given = AgencyRules.toAgency(current.map(row.input()::over).orElse(row.input()));
                Saved saved = write(current.orElse(null), given, by);
                added += saved.created() ? 1 : 0;
                changed += !saved.created() && saved.changed() ? 1 : 0;
            }
            return new Imported(added, changed, rows.size() - added - changed);
        });
    }

    public List<AgencyChange> changes(String agencyId, int limit) {
        return store.changes(agencyId, limit);
    }

    private Saved write(Agency before, Agency wanted, String by) {
        Agency matched = withKnownUsers(before, wanted);
        if (before != null && before.equals(matched)) {
            return new Saved(before, false, false);
        }
        Instant now = clock.instant();
        if (before == null) {
            store.insert(matched, now);
        } else {
            store.update(matched, now);
        }
        // numbers for new contacts come from the agency's row, which exists from here on
        Agency after = new Agency(matched.id(), matched.nameTh(), matched.nameEn(), matched.category(),
                matched.email(), matched.active(), matched.contacts().stream().map(c -> c.userId().isEmpty()
                        ? c.withUserId(matched.id() + "-" + store.takeContactNumber(matched.id())) : c).toList());
        store.replaceContacts(after.id(), after.contacts());
        identities.saved(before, after);
        listeners.get().forEach(listener -> listener.agencySaved(before, after));
        store.logChange(now, by, action(before, after), after.id(), AgencyChange.describe(before),
                AgencyChange.describe(after));
        return new Saved(after, before == null, true);
    }

    /** The contacts keep their users (matched by email, else by name); new ones have none yet. */
    private static Agency withKnownUsers(Agency before, Agency wanted) {
        List<AgencyContact> previous = before == null ? new ArrayList<>() : new ArrayList<>(before.contacts());
        List<AgencyContact> contacts = new ArrayList<>();
        for (AgencyContact contact : wanted.contacts()) {
            AgencyContact match = previous.stream().filter(p -> sameEmail(p, contact)).findFirst()
                    .or(() -> previous.stream().filter(p -> p.name().equals(contact.name())).findFirst()).orElse(null);
            previous.remove(match);
            contacts.add(contact.withUserId(match == null ? null : match.userId()));
        }
        return new Agency(wanted.id(), wanted.nameTh(), wanted.nameEn(), wanted.category(), wanted.email(),
                wanted.active(), contacts);
    }

    private static boolean sameEmail(AgencyContact a, AgencyContact b) {
        return !a.email().isEmpty() && a.email().toLowerCase(Locale.ROOT).equals(b.email().toLowerCase(Locale.ROOT));
    }

    private static String action(Agency before, Agency after) {
        if (before == null) {
            return AgencyChange.ADD;
        }
        if (before.active() != after.active()) {
            return after.active() ? AgencyChange.REACTIVATE : AgencyChange.RETIRE;
        }
        return AgencyChange.CHANGE;
    }

    private static Agency checked(AgencyInput input) {
        Map<String, String> errors = AgencyRules.check(input);
        if (!errors.isEmpty()) {
            throw new AgencyInputException(errors);
        }
        return AgencyRules.toAgency(input);
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } finally {
            store.refresh();
        }
    }
}
