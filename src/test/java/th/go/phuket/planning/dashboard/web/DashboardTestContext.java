package th.go.phuket.planning.dashboard.web;

/**
 * The dashboard's Spring tests share one application context of their own: they move the engine clock and
 * complete the demo cycle's draft, which other tests (the Tasklist walk) must find untouched.
 */
final class DashboardTestContext {

    static final String PROPERTY = "planning.test.context=dashboard";

    private DashboardTestContext() {
    }
}
