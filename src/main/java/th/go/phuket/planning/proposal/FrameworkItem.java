package th.go.phuket.planning.proposal;

import java.util.Objects;

/**
 * One goal or strategy a project can be aligned to, e.g. {@code NS2} of the {@code national_strategy} framework.
 * {@code versionNote} says which edition of the framework the code belongs to (the 20-year National Strategy was a
 * draft titled 2560–2579 during the 2018 review and was gazetted as 2561–2580 in October 2018).
 */
public record FrameworkItem(String framework, String code, String titleTh, String titleEn, String versionNote) {

    public FrameworkItem {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleTh, "titleTh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(versionNote, "versionNote");
    }

    /** {@code ยุทธศาสตร์ชาติด้านความมั่นคง (NS1)}, as tables and messages show a code to Thai readers. */
    public String labelTh() {
        return titleTh + " (" + code + ")";
    }
}
