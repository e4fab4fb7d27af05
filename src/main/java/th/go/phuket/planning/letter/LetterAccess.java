package th.go.phuket.planning.letter;

import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.security.AuthenticatedUser;

/**
 * Who reads which letter (SPEC, Official letters): the strategy office, the managers, the committee and the
 * administrators read every letter; an agency reads the letters addressed to it (its user is in the agency's group,
 * whose id is the agency id), and nothing else.
 */
public final class LetterAccess {

    private static final String[] READ_ALL = {GroupIds.STRATEGY_OFFICE, GroupIds.MANAGERS, GroupIds.COMMITTEE,
        GroupIds.ADMIN};

    private LetterAccess() {
    }

    public static boolean readsEveryLetter(AuthenticatedUser user) {
        return user.memberOfAny(READ_ALL);
    }

    public static boolean mayRead(AuthenticatedUser user, Letter letter) {
        return readsEveryLetter(user) || user.groupIds().stream().anyMatch(letter::addressedTo);
    }
}
