package th.go.phuket.planning.agency;

import th.go.phuket.planning.support.Messages;

/** An agency cannot be added with the id of one the directory has (ids are never reused, retired ones included). */
public class AgencyExistsException extends RuntimeException {

    private final String agencyId;

    public AgencyExistsException(String agencyId) {
        super(Messages.get("agency.exists", agencyId));
        this.agencyId = agencyId;
    }

    public String agencyId() {
        return agencyId;
    }
}
