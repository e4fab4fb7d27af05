package th.go.phuket.planning.agency;

import java.util.Arrays;
import java.util.Optional;

/** The eleven kinds of organisation in the directory, with the code used in {@code agencies.csv}. */
public enum AgencyCategory {

    PROVINCIAL_ADMINISTRATION("provincial_administration", "สำนักงานจังหวัด", "Provincial administration"),
    PROVINCIAL_GROUP("provincial_group", "กลุ่มจังหวัด", "Provincial group"),
    REGIONAL_AGENCY_INTERIOR("regional_agency_interior",
            "ส่วนราชการส่วนภูมิภาค สังกัดกระทรวงมหาดไทย", "Regional agency, Ministry of Interior"),
    REGIONAL_AGENCY("regional_agency", "ส่วนราชการส่วนภูมิภาค", "Regional agency"),
    CENTRAL_AGENCY_IN_PROVINCE("central_agency_in_province",
            "หน่วยงานส่วนกลางที่ตั้งอยู่ในจังหวัด", "Central agency in the province"),
    STATE_ENTERPRISE("state_enterprise", "รัฐวิสาหกิจ", "State enterprise"),
    DISTRICT("district", "อำเภอ", "District"),
    LOCAL_ADMIN_ORG("local_admin_org", "องค์กรปกครองส่วนท้องถิ่น", "Local administrative organisation"),
    EDUCATIONAL_INSTITUTION("educational_institution", "สถาบันการศึกษา", "Educational institution"),
    PRIVATE_SECTOR("private_sector", "ภาคเอกชน", "Private sector"),
    CIVIL_SOCIETY("civil_society", "ภาคประชาสังคม", "Civil society");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    AgencyCategory(String code, String labelTh, String labelEn) {
        this.code = code;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    /** The snake-case code of the CSV file, e.g. {@code regional_agency}. */
    public String code() {
        return code;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<AgencyCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }
}
