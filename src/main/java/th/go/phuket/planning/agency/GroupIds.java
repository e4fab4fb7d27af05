package th.go.phuket.planning.agency;

/**
 * Ids of the engine's groups besides the agencies (an agency's group id is its agency id, group type
 * {@code agency}): the BPMN's candidate groups, the rights and the seeded users name them.
 */
public final class GroupIds {

    public static final String STRATEGY_OFFICE = "strategy-office";
    public static final String MANAGERS = "managers";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "camunda-admin";

    private GroupIds() {
    }
}
