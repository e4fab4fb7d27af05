package th.go.phuket.planning.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agencies of {@code data/agencies.csv}. (Temporary minimal reader; replaced by the directory feature.) */
public class AgencyDirectory {

    private final Map<String, Agency> agencies = new LinkedHashMap<>();

    public AgencyDirectory(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                List<String> f = split(line);
                agencies.put(f.get(0), new Agency(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AgencyDirectory fromClasspath() {
        return new AgencyDirectory(AgencyDirectory.class.getResourceAsStream("/data/agencies.csv"));
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    public List<Agency> all() {
        return List.copyOf(agencies.values());
    }

    public List<String> ids() {
        return List.copyOf(agencies.keySet());
    }

    public Optional<Agency> find(String id) {
        return Optional.ofNullable(id == null ? null : agencies.get(id));
    }

    public Agency require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown agency " + id));
    }
}
