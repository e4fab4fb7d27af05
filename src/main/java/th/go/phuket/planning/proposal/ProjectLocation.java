package th.go.phuket.planning.proposal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a project takes place: one of Phuket's three districts, the whole province, or several provinces of the
 * Andaman group. The scope is what the screening decision reads.
 */
public enum ProjectLocation {

    MUEANG_PHUKET("mueang_phuket", "อำเภอเมืองภูเก็ต", "Mueang Phuket district", Scope.DISTRICT, "เมืองภูเก็ต"),
    KATHU("kathu", "อำเภอกะทู้", "Kathu district", Scope.DISTRICT, "กะทู้"),
    THALANG("thalang", "อำเภอถลาง", "Thalang district", Scope.DISTRICT, "ถลาง"),
    PROVINCE_WIDE("province_wide", "ทั้งจังหวัดภูเก็ต", "Whole province", Scope.PROVINCE, "ทั้งจังหวัด"),
    ANDAMAN_GROUP("andaman_group", "หลายจังหวัดในกลุ่มจังหวัดภาคใต้ฝั่งอันดามัน",
            "Several provinces of the Andaman group", Scope.CROSS_PROVINCE, "กลุ่มจังหวัดอันดามัน");

    /** How far a project reaches; the code is the screening decision's {@code scope} input. */
    public enum Scope {
        DISTRICT("district"), PROVINCE("province"), CROSS_PROVINCE("cross_province");

        private final String code;

        Scope(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final String code;
    private final String nameTh;
    private final String nameEn;
    private final Scope scope;
    private final String shortNameTh;

    ProjectLocation(String code, String nameTh, String nameEn, Scope scope, String shortNameTh) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.scope = scope;
        this.shortNameTh = shortNameTh;
    }

    public String code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Scope scope() {
        return scope;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProjectLocation::code).toList();
    }

    /**
     * The location a person or a client named: its code ({@code thalang}), its Thai name with or without
     * {@code อำเภอ} ({@code อำเภอถลาง}, {@code ถลาง}) or its English name, ignoring case and surrounding blanks.
     */
    public static Optional<ProjectLocation> find(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String text = given.strip();
        return Arrays.stream(values()).filter(location -> location.code.equalsIgnoreCase(text)
                || location.nameTh.equals(text) || location.shortNameTh.equals(text)
                || location.nameEn.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))).findFirst();
    }
}
