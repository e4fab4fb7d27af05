package th.go.phuket.planning.calendar.web;

import jakarta.servlet.http.HttpServletRequest;

/** Who makes a change, as the change logs keep it: the signed-in user of the request (the API's filter sets it). */
final class Editor {

    /** Written when no user is known (a call that bypassed the API's authentication, e.g. in a unit test). */
    static final String UNKNOWN = "unknown";

    private Editor() {
    }

    static String of(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null || user.isBlank() ? UNKNOWN : user;
    }
}
