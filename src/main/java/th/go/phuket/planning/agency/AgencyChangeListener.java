package th.go.phuket.planning.agency;

/**
 * Told, inside the transaction of the change, that an agency was added or changed: what the directory's agencies
 * need besides their group and users (their rights in the engine) follows at once.
 */
public interface AgencyChangeListener {

    /** {@code before} is null for a new agency. */
    void agencySaved(Agency before, Agency after);
}
