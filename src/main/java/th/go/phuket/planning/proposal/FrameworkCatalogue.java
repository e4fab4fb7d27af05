package th.go.phuket.planning.proposal;

import java.io.Reader;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.CsvReader;
import th.go.phuket.planning.support.CsvTable;

/**
 * The policy frameworks projects are aligned to, read from {@code frameworks.csv} (columns
 * {@code framework, code, title_th, title_en, version_note}): data, so a new edition of a framework is a new file,
 * not new code. Codes are unique across frameworks and looked up without regard to case.
 */
@Component
public class FrameworkCatalogue {

    public static final String RESOURCE = "data/frameworks.csv";

    /** The two frameworks every proposed project must name a code of. */
    public static final String PHUKET_GOALS = "phuket_goals";
    public static final String NATIONAL_STRATEGY = "national_strategy";

    static final List<String> HEADER = List.of("framework", "code", "title_th", "title_en", "version_note");
    private static final CsvTable TABLE = new CsvTable("ทะเบียนกรอบนโยบาย", "framework catalogue", HEADER);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern FRAMEWORK = Pattern.compile("[a-z0-9_]+");

    private final Map<String, FrameworkItem> byCode;

    /** The catalogue of the application, {@value #RESOURCE} on the classpath. */
    @Autowired
    public FrameworkCatalogue() {
        this(TABLE.<Map<String, FrameworkItem>>fromClasspath(RESOURCE, csv -> parse(CsvReader.read(csv))));
    }

    /** Reads the whole CSV text; the caller closes the reader. Throws with the line number on bad content. */
    public FrameworkCatalogue(Reader csv) {
        this(parse(CsvReader.read(csv)));
    }

    private FrameworkCatalogue(Map<String, FrameworkItem> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        for (String required : List.of(PHUKET_GOALS, NATIONAL_STRATEGY)) {
            if (byFramework(required).isEmpty()) {
                throw new IllegalArgumentException("ทะเบียนกรอบนโยบายไม่มีกรอบ " + required
                        + " (the framework catalogue has no " + required + " codes)");
            }
        }
    }

    /** The catalogue of the application, {@value #RESOURCE} on the classpath. */
    public static FrameworkCatalogue fromClasspath() {
        return new FrameworkCatalogue();
    }

    /** Every code, in file order. */
    public List<FrameworkItem> all() {
        return List.copyOf(byCode.values());
    }

    /** The framework ids, in file order, e.g. {@code national_strategy, nesdp12, …}. */
    public List<String> frameworks() {
        return byCode.values().stream().map(FrameworkItem::framework).distinct().toList();
    }

    public List<FrameworkItem> byFramework(String framework) {
        return byCode.values().stream().filter(item -> item.framework().equals(framework)).toList();
    }

    /** The item of {@code code}, whatever its case and surrounding blanks ({@code " pkt-m1"} finds PKT-M1). */
    public Optional<FrameworkItem> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean isIn(String code, String framework) {
        return find(code).filter(item -> item.framework().equals(framework)).isPresent();
    }

    private static Map<String, FrameworkItem> parse(List<CsvReader.Row> rows) {
        return TABLE.keyed(rows, FrameworkCatalogue::toItem, FrameworkItem::code, "รหัส", "code");
    }

    private static FrameworkItem toItem(CsvReader.Row row) {
        List<String> f = TABLE.fields(row);
        if (!FRAMEWORK.matcher(f.get(0)).matches()) {
            throw TABLE.invalid(row, "รหัสกรอบ '" + f.get(0) + "' ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ _",
                    "framework '" + f.get(0) + "' must be lowercase letters, digits or _");
        }
        if (!CODE.matcher(f.get(1)).matches()) {
            throw TABLE.invalid(row, "รหัส '" + f.get(1) + "' ต้องเป็นอักษรอังกฤษตัวใหญ่ ตัวเลข และ -",
                    "code '" + f.get(1) + "' must be uppercase letters, digits and -");
        }
        return new FrameworkItem(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4));
    }
}
