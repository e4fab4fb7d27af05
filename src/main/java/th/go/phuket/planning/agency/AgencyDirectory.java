package th.go.phuket.planning.agency;

import java.io.Reader;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.CsvReader;
import th.go.phuket.planning.support.CsvTable;

/**
 * The organisations that can be invited to a cycle, in directory order. In the application it is the office's
 * directory in the database ({@link AgencyStore}, seeded once from {@code agencies.csv} by {@link AgencySeeder}), so
 * an edit is seen by the next question; built from a CSV text (columns {@code id, name_th, name_en, category, email,
 * parent_group}) it is a fixed list (engine-only tests, benchmarks). Retired agencies are still found by id (running
 * cycles still reach them) but are not among the {@link #activeIds() active} ones a new cycle invites.
 */
@Component
public class AgencyDirectory {

    /** Where the application finds the directory on the classpath. */
    public static final String RESOURCE = "data/agencies.csv";

    static final List<String> HEADER = List.of("id", "name_th", "name_en", "category", "email", "parent_group");
    private static final CsvTable TABLE = new CsvTable("ทะเบียนหน่วยงาน", "agency directory", HEADER);
    /**
     * Agency ids become user and group ids in the engine: keep them short and plain (contacts' users add
     * {@code -<n>}, within the engine's 64 characters).
     */
    public static final Pattern ID = Pattern.compile("[a-z0-9_]{1,56}");

    private final Supplier<Map<String, Agency>> byId;

    /** The application's directory: the database's, seeded from {@value #RESOURCE} before anybody asks. */
    @Autowired
    public AgencyDirectory(AgencyStore store, AgencySeeder seeded) {
        this.byId = store::snapshot;
    }

    /** Reads the whole CSV text; the caller closes the reader. Throws with the line number on bad content. */
    public AgencyDirectory(Reader csv) {
        this(parse(CsvReader.read(csv)));
    }

    private AgencyDirectory(Map<String, Agency> agencies) {
        Map<String, Agency> fixed = Collections.unmodifiableMap(agencies);
        this.byId = () -> fixed;
    }

    /** {@value #RESOURCE} on the classpath, as shipped (what the database is seeded from). */
    public static AgencyDirectory fromClasspath() {
        return new AgencyDirectory(shipped());
    }

    /** The agencies of {@value #RESOURCE} in file order. */
    static Map<String, Agency> shipped() {
        return TABLE.<Map<String, Agency>>fromClasspath(RESOURCE, csv -> parse(CsvReader.read(csv)));
    }

    /** Every agency, retired ones too, in directory order. */
    public List<Agency> all() {
        return List.copyOf(byId.get().values());
    }

    /** The ids of every agency, retired ones too: groups and rights exist for each. */
    public List<String> ids() {
        return List.copyOf(byId.get().keySet());
    }

    /** The agencies a new cycle invites when it names none: the active ones. */
    public List<String> activeIds() {
        return byId.get().values().stream().filter(Agency::active).map(Agency::id).toList();
    }

    public Optional<Agency> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get().get(id));
    }

    /** The agency with this id, or an {@link UnknownAgencyException} saying so in Thai and English. */
    public Agency require(String id) {
        return find(id).orElseThrow(() -> new UnknownAgencyException(id));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    public int size() {
        return byId.get().size();
    }

    private static Map<String, Agency> parse(List<CsvReader.Row> rows) {
        return TABLE.keyed(rows, AgencyDirectory::toAgency, Agency::id, "รหัสหน่วยงาน", "agency id");
    }

    private static Agency toAgency(CsvReader.Row row) {
        List<String> f = TABLE.fields(row);
        if (!ID.matcher(f.get(0)).matches()) {
            throw TABLE.invalid(row, "รหัสหน่วยงาน '" + f.get(0) + "' ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ _",
                    "agency id '" + f.get(0) + "' must be lowercase letters, digits or _");
        }
        AgencyCategory category = AgencyCategory.fromCode(f.get(3)).orElseThrow(() -> TABLE.invalid(row,
                "ไม่รู้จักประเภทหน่วยงาน '" + f.get(3) + "'", "unknown category '" + f.get(3) + "'"));
        return new Agency(f.get(0), f.get(1), f.get(2), category, f.get(4));
    }
}
