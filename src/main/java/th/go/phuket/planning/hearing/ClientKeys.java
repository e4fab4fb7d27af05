package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns a client address into the only form the hearing keeps of it: the first 128 bits of HMAC-SHA-256 under a
 * random key kept in the database ({@code pc_hearing_key}, made once and shared by every node). Enough to count a
 * client's comments and reports, never enough to read the address back without that key. An IPv6 client is keyed
 * by its /64 network, which one household or phone holds whole, so walking its addresses does not escape the limit.
 */
@Component
public class ClientKeys {

    private static final HexFormat HEX = HexFormat.of();
    private static final int KEY_ID = 1;

    private final HearingDb db;
    private volatile SecretKeySpec key;

    public ClientKeys(HearingDb db) {
        this.db = db;
    }

    public String of(String address) {
        byte[] bytes = TrustedProxies.literal(address).map(ClientKeys::network)
                .orElse(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HEX.formatHex(Arrays.copyOf(mac.doFinal(bytes), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] network(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet6Address ? Arrays.copyOf(bytes, 8) : bytes;
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(HEX.parseHex(loadOrCreate()), "HmacSHA256");
                }
                known = key;
            }
        }
        return known;
    }

    /** The shared key; the first node to need it makes it, a second one at the same moment reads the winner's. */
    private String loadOrCreate() {
        return db.autocommit(jdbc -> read(jdbc.queryForList(
                "select secret from pc_hearing_key where key_id = ?", String.class, KEY_ID))).orElseGet(() -> {
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    try {
                        db.autocommit(jdbc -> jdbc.update(
                                "insert into pc_hearing_key (key_id, secret, created_at) values (?, ?, ?)", KEY_ID,
                                HEX.formatHex(secret), Timestamp.from(Instant.now())));
                        return HEX.formatHex(secret);
                    } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                        return db.autocommit(jdbc -> read(jdbc.queryForList(
                                "select secret from pc_hearing_key where key_id = ?", String.class, KEY_ID)))
                                .orElseThrow();
                    }
                });
    }

    private static java.util.Optional<String> read(List<String> rows) {
        return rows.stream().findFirst();
    }
}
