package th.go.phuket.planning.agency;

import java.io.Reader;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.CsvReader;
import th.go.phuket.planning.support.CsvTable;

/**
 * The organisations that can be invited to a cycle, read once from {@code agencies.csv}
 * (columns {@code id, name_th, name_en, category, email, parent_group}) and kept in file order.
 */
@Component
public class AgencyDirectory {

    /** Where the application finds the directory on the classpath. */
    public static final String RESOURCE = "data/agencies.csv";

    static final List<String> HEADER = List.of("id", "name_th", "name_en", "category", "email", "parent_group");
    private static final CsvTable TABLE = new CsvTable("ทะเบียนหน่วยงาน", "agency directory", HEADER);
    /** Agency ids become user and group ids in the engine: keep them short and plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9_]{1,64}");

    private final Map<String, Agency> byId;

    /** The directory of the application, {@value #RESOURCE} on the classpath. */
    @Autowired
    public AgencyDirectory() {
        this(TABLE.<Map<String, Agency>>fromClasspath(RESOURCE, csv -> parse(CsvReader.read(csv))));
    }

    /** Reads the whole CSV text; the caller closes the reader. Throws with the line number on bad content. */
    public AgencyDirectory(Reader csv) {
        this(parse(CsvReader.read(csv)));
    }

    private AgencyDirectory(Map<String, Agency> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The directory of the application, {@value #RESOURCE} on the classpath. */
    public static AgencyDirectory fromClasspath() {
        return new AgencyDirectory();
    }

    public List<Agency> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Agency> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The agency with this id, or an {@link UnknownAgencyException} saying so in Thai and English. */
    public Agency require(String id) {
        return find(id).orElseThrow(() -> new UnknownAgencyException(id));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    public int size() {
        return byId.size();
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
        return new Agency(f.get(0), f.get(1), f.get(2), category, f.get(4), f.get(5));
    }
}
