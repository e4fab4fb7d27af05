package th.go.phuket.planning.agency;

/** Asked for an agency id that is not in the directory. */
public class UnknownAgencyException extends IllegalArgumentException {

    private final String agencyId;

    public UnknownAgencyException(String agencyId) {
        super("ไม่พบหน่วยงานรหัส '" + agencyId + "' ในทะเบียนหน่วยงาน (unknown agency id '" + agencyId + "')");
        this.agencyId = agencyId;
    }

    public String agencyId() {
        return agencyId;
    }
}
