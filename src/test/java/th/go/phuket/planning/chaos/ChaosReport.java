package th.go.phuket.planning.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The figures of every scenario, printed as they come and written as a Markdown table at the end. */
final class ChaosReport {

    /**
     * One scenario's outcome. {@code doubledBound} is what the delivery promises for it (delivery threads × nodes
     * killed while sending); {@code userErrors} the answers to users that were errors (connection failures to a
     * killed node that a load balancer would send to the other node are counted in {@code notes}, not here).
     */
    record Outcome(String scenario, int acknowledgedMade, int acknowledgedKept, MailLedger.Count mail,
                   int doubledBound, int userErrors, String notes) {

        boolean targetsMet() {
            return acknowledgedKept == acknowledgedMade && (mail == null || (mail.lost() == 0
                    && mail.doubled() <= doubledBound && mail.unexpected() == 0)) && userErrors == 0;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final String started = ZonedDateTime.now(ZoneId.of("Asia/Bangkok"))
            .format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm"));
    private final List<String> loads = new ArrayList<>();

    void add(Outcome outcome) {
        outcomes.add(outcome);
        loads.add(loadAverage());
        System.out.println("[chaos] " + row(outcome));
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    String markdown() {
        StringBuilder text = new StringBuilder("Chaos suite, " + started + " (Bangkok), " + Runtime.getRuntime()
                .availableProcessors() + " cores, load average after each scenario: " + String.join(" | ", loads)
                + "\n\n| scenario | acknowledged kept / made | emails expected | delivered once | lost | doubled"
                + " (bound) | errors seen by users | targets | notes |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        outcomes.forEach(outcome -> text.append(row(outcome)).append('\n'));
        return text.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
        System.out.println(markdown());
        System.out.println("[chaos] written to " + file);
    }

    private static String row(Outcome o) {
        MailLedger.Count m = o.mail();
        String mail = m == null ? "— | — | — | —"
                : m.expected() + " | " + m.once() + " | " + m.lost() + " | " + m.doubled() + " (≤ " + o.doubledBound()
                + (m.unexpected() > 0 ? "; " + m.unexpected() + " not in the outbox" : "") + ")";
        return "| " + o.scenario() + " | " + o.acknowledgedKept() + " / " + o.acknowledgedMade() + " | " + mail + " | "
                + o.userErrors() + " | " + (o.targetsMet() ? "met" : "**missed**") + " | " + o.notes() + " |";
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
