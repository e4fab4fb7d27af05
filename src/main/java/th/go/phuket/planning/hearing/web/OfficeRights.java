package th.go.phuket.planning.hearing.web;

import jakarta.servlet.http.HttpServletRequest;
import th.go.phuket.planning.agency.GroupIds;
import th.go.phuket.planning.security.AuthenticatedUser;

/**
 * Who may work on the comments (SPEC, Public hearing): the strategy office answers and moderates; the office, the
 * managers and the administrators read; anyone else (an agency, the committee) is refused. The login itself is
 * checked before, by the app's API filter.
 */
final class OfficeRights {

    private OfficeRights() {
    }

    static boolean mayRead(HttpServletRequest request) {
        AuthenticatedUser user = AuthenticatedUser.of(request);
        return user != null && user.memberOfAny(GroupIds.STRATEGY_OFFICE, GroupIds.MANAGERS,
                GroupIds.ADMIN);
    }

    static boolean mayWrite(HttpServletRequest request) {
        AuthenticatedUser user = AuthenticatedUser.of(request);
        return user != null && user.memberOfAny(GroupIds.STRATEGY_OFFICE);
    }

    static String userId(HttpServletRequest request) {
        AuthenticatedUser user = AuthenticatedUser.of(request);
        return user == null ? "anonymous" : user.userId();
    }
}
