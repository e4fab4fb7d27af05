package th.go.phuket.planning.contribution;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import th.go.phuket.planning.cycle.CycleProcess;

/** What the 2018 Phuket cycle passes into a contribution ({@code Call_AgencyContribution}), for engine-only tests. */
final class ContributionStart {

    private ContributionStart() {
    }

    /** The agency, the cycle id and fiscal year, and the agencies' and the screening's due dates. */
    static Map<String, Object> variables(String agencyId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ContributionProcess.VAR_AGENCY_ID, agencyId);
        variables.put(CycleProcess.VAR_CYCLE_ID, "phuket-2563");
        variables.put(CycleProcess.VAR_FISCAL_YEAR, 2563);
        variables.put(CycleProcess.VAR_PROPOSALS_DUE_AT, due("2018-08-31"));
        variables.put(CycleProcess.VAR_SCREENING_DUE_AT, due("2018-09-05"));
        return variables;
    }

    /** A due date as the cycle sets it: 16:30 Bangkok time on {@code day} (ISO). */
    static Date due(String day) {
        return Date.from(OffsetDateTime.parse(day + "T16:30:00+07:00").toInstant());
    }
}
