package th.go.phuket.planning.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SMTP recorder took, read from its log, counted against the outbox rows a scenario expects: delivered
 * once, lost (never taken), doubled (taken more than once). Only lines written after {@link #mark()} count.
 */
final class MailLedger {

    /** Per scenario: expected, delivered once, lost, doubled, extra copies and copies of emails not expected. */
    record Count(int expected, int once, int lost, int doubled, int extraCopies, int unexpected) {
    }

    private final Path log;
    private long from;

    MailLedger(Path directory) {
        this.log = directory.resolve(SmtpRecorder.LOG);
    }

    /** Counts only what the server takes from now on. */
    void mark() throws IOException {
        from = Files.exists(log) ? Files.size(log) : 0;
    }

    /** How many copies of each outbox id the server took since the mark. */
    Map<String, Integer> copies() throws IOException {
        Map<String, Integer> copies = new HashMap<>();
        if (!Files.exists(log)) {
            return copies;
        }
        byte[] all;
        try (var channel = Files.newByteChannel(log, StandardOpenOption.READ)) {
            channel.position(from);
            all = java.nio.channels.Channels.newInputStream(channel).readAllBytes();
        }
        for (String line : new String(all, java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length >= 2) {
                copies.merge(fields[1], 1, Integer::sum);
            }
        }
        return copies;
    }

    int taken() throws IOException {
        return copies().values().stream().mapToInt(Integer::intValue).sum();
    }

    Count count(Collection<String> expected) throws IOException {
        Map<String, Integer> copies = copies();
        int once = 0;
        int lost = 0;
        int doubled = 0;
        int extra = 0;
        for (String id : expected) {
            int n = copies.getOrDefault(id, 0);
            if (n == 0) {
                lost++;
            } else if (n == 1) {
                once++;
            } else {
                doubled++;
                extra += n - 1;
            }
        }
        int unexpected = copies.entrySet().stream().filter(e -> !expected.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        return new Count(expected.size(), once, lost, doubled, extra, unexpected);
    }

    /** Ids taken more than once (for the report). */
    List<String> doubledIds() throws IOException {
        return copies().entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }
}
