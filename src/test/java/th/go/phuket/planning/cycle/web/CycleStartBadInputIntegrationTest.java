package th.go.phuket.planning.cycle.web;

import org.springframework.boot.test.context.SpringBootTest;

import th.go.phuket.planning.agency.IdentitySeeder;

/** The bad-input suite of {@code POST /api/cycles} on the default profile (H2), as the demo's strategy office. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class CycleStartBadInputIntegrationTest extends CycleStartBadInputContract {

    @Override
    protected String officeUser() {
        return IdentitySeeder.USER_STRATEGY;
    }

    @Override
    protected String officePassword() {
        return IdentitySeeder.DEMO_PASSWORD;
    }
}
