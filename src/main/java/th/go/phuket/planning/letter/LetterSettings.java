package th.go.phuket.planning.letter;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the office writes on its letters ({@code planning.letters.*}): who signs, where the office is, how to reach
 * the unit that owns the matter, the register's prefix and the addressees. Every blank setting takes the 2018
 * Phuket value (see docs/letters.md for which of them were checked). {@code emblem} is where the ครุฑ image is
 * ({@code file:}, {@code classpath:} or {@code https:}); without one the letters keep its place empty.
 */
@ConfigurationProperties("planning.letters")
public record LetterSettings(
        Boolean thaiDigits,
        String emblem,
        String registerPrefix,
        String officeName,
        List<String> officeAddress,
        String signatoryName,
        String signatoryPosition,
        List<String> ownerUnit,
        String phone,
        String fax,
        String email,
        String memoUnit,
        String memoSignatoryName,
        String memoSignatoryPosition,
        String memoTo,
        String circularTo,
        String planSubmissionTo,
        String hearingTime) {

    public static final String DEFAULT_REGISTER_PREFIX = "ภก 0017.2";
    public static final String DEFAULT_OFFICE_NAME = "จังหวัดภูเก็ต";
    public static final List<String> DEFAULT_OFFICE_ADDRESS = List.of("ศาลากลางจังหวัดภูเก็ต", "ถนนนริศร ภก 83000");
    public static final String DEFAULT_SIGNATORY_NAME = "นายนรภัทร ปลอดทอง";
    public static final String DEFAULT_SIGNATORY_POSITION = "ผู้ว่าราชการจังหวัดภูเก็ต";
    public static final List<String> DEFAULT_OWNER_UNIT =
            List.of("สำนักงานจังหวัด", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด");
    public static final String DEFAULT_PHONE = "0 7635 4875";
    public static final String DEFAULT_FAX = "0 7635 4876";
    public static final String DEFAULT_EMAIL = "strategy-office@planning.example";
    public static final String DEFAULT_MEMO_UNIT =
            "สำนักงานจังหวัดภูเก็ต (กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด)";
    public static final String DEFAULT_MEMO_SIGNATORY_POSITION = "หัวหน้าสำนักงานจังหวัดภูเก็ต";
    public static final String DEFAULT_MEMO_TO = "ผู้ว่าราชการจังหวัดภูเก็ต (ประธาน ก.บ.จ.ภูเก็ต)";
    public static final String DEFAULT_CIRCULAR_TO =
            "หัวหน้าส่วนราชการ นายอำเภอ ผู้บริหารองค์กรปกครองส่วนท้องถิ่น และหัวหน้าหน่วยงานที่เกี่ยวข้อง (ตามบัญชีแนบท้าย)";
    public static final String DEFAULT_PLAN_SUBMISSION_TO = "ปลัดกระทรวงมหาดไทย";
    public static final String DEFAULT_HEARING_TIME = "09:00";

    public LetterSettings {
        thaiDigits = thaiDigits == null || thaiDigits;
        emblem = emblem == null ? "" : emblem.strip();
        registerPrefix = or(registerPrefix, DEFAULT_REGISTER_PREFIX);
        officeName = or(officeName, DEFAULT_OFFICE_NAME);
        officeAddress = officeAddress == null || officeAddress.isEmpty() ? DEFAULT_OFFICE_ADDRESS : List.copyOf(officeAddress);
        signatoryName = or(signatoryName, DEFAULT_SIGNATORY_NAME);
        signatoryPosition = or(signatoryPosition, DEFAULT_SIGNATORY_POSITION);
        ownerUnit = ownerUnit == null || ownerUnit.isEmpty() ? DEFAULT_OWNER_UNIT : List.copyOf(ownerUnit);
        phone = or(phone, DEFAULT_PHONE);
        // an office without a fax sets it to "-": the line is then left out
        fax = or(fax, DEFAULT_FAX);
        email = or(email, DEFAULT_EMAIL);
        memoUnit = or(memoUnit, DEFAULT_MEMO_UNIT);
        // nobody's name is known for 2018: the memo leaves the line for it empty until the office sets it
        memoSignatoryName = memoSignatoryName == null ? "" : memoSignatoryName.strip();
        memoSignatoryPosition = or(memoSignatoryPosition, DEFAULT_MEMO_SIGNATORY_POSITION);
        memoTo = or(memoTo, DEFAULT_MEMO_TO);
        circularTo = or(circularTo, DEFAULT_CIRCULAR_TO);
        planSubmissionTo = or(planSubmissionTo, DEFAULT_PLAN_SUBMISSION_TO);
        hearingTime = or(hearingTime, DEFAULT_HEARING_TIME);
        try {
            LocalTime.parse(hearingTime);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("planning.letters.hearing-time must be HH:mm, not " + hearingTime, e);
        }
    }

    /** The 2018 Phuket values (engine-only tests; the app binds {@code planning.letters.*} over them). */
    public static LetterSettings defaults() {
        return new LetterSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The same settings with Thai digits on or off. */
    public LetterSettings withThaiDigits(boolean on) {
        return new LetterSettings(on, emblem, registerPrefix, officeName, officeAddress, signatoryName,
                signatoryPosition, ownerUnit, phone, fax, email, memoUnit, memoSignatoryName, memoSignatoryPosition,
                memoTo, circularTo, planSubmissionTo, hearingTime);
    }

    /** The same settings with another emblem location. */
    public LetterSettings withEmblem(String location) {
        return new LetterSettings(thaiDigits, location, registerPrefix, officeName, officeAddress, signatoryName,
                signatoryPosition, ownerUnit, phone, fax, email, memoUnit, memoSignatoryName, memoSignatoryPosition,
                memoTo, circularTo, planSubmissionTo, hearingTime);
    }

    public boolean hasFax() {
        return !fax.equals("-");
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
