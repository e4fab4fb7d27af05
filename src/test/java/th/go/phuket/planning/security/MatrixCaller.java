package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import th.go.phuket.planning.agency.IdentitySeeder;

/**
 * A column of the matrix: who calls, and under which root engine REST is reached. Agency A calls with HTTP Basic
 * on {@code /engine-rest} and on the named engine's root, and as a person logged into Tasklist (session cookie and
 * CSRF token) through the webapps' own engine API, which Tasklist itself uses; the anonymous caller sends nothing.
 */
record MatrixCaller(String name, RestClient client, String engineRoot, boolean callsAppRoutes, boolean anonymous) {

    static final String ENGINE_REST = "/engine-rest";

    static List<MatrixCaller> all(int port) {
        String a = AgencyPair.AGENCY_A;
        String password = IdentitySeeder.DEMO_PASSWORD;
        // any representation: a file's bytes as readily as JSON
        return List.of(
                new MatrixCaller("A (Basic)", RestClient.as(port, a, password).header("Accept", "*/*"), ENGINE_REST,
                        true, false),
                new MatrixCaller("A (Basic, /engine/default)", RestClient.as(port, a, password).header("Accept", "*/*"),
                        ENGINE_REST + "/engine/default", false, false),
                new MatrixCaller("A (Tasklist login)", tasklistSession(port, a, password).header("Accept", "*/*"),
                        "/camunda/api/engine/engine/default", true, false),
                new MatrixCaller("anonymous", RestClient.anonymous(port).header("Accept", "*/*"), ENGINE_REST, true,
                        true));
    }

    HttpResponse<String> send(MatrixRequest request, boolean engineRoute) {
        String path = engineRoute ? engineRoot + request.path() : request.path();
        return client.send(request.method(), path, request.body(), request.contentType());
    }

    /** Logs in as Tasklist's login page does; the client then sends the session's CSRF token with every request. */
    private static RestClient tasklistSession(int port, String user, String password) {
        RestClient browser = RestClient.withCookies(port);
        browser.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).postForm(
                "/camunda/api/admin/auth/user/default/login/tasklist", "username=" + user + "&password=" + password);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        browser.get("/camunda/app/tasklist/default/");
        return browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
    }

    @Override
    public String toString() {
        return name;
    }
}
