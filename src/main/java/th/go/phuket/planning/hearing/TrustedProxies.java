package th.go.phuket.planning.hearing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies in front of the app ({@code planning.hearing.trusted-proxies}: addresses or CIDR ranges,
 * comma-separated, e.g. {@code 127.0.0.1, 10.0.0.0/8}). Only when the TCP peer is one of them is the client taken
 * from {@code X-Forwarded-For}: the rightmost address that is not itself a trusted proxy, since every proxy appends
 * the address it saw and anything to the left of that may have been written by the client.
 */
public final class TrustedProxies {

    /** Literal IPv4 or IPv6 only: a name would make {@link InetAddress} ask DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            return rest == 0 || ((address[whole] ^ network[whole]) & (0xff << (8 - rest))) == 0;
        }
    }

    private final List<Range> ranges;
    private final String text;

    private TrustedProxies(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        String text = setting == null ? "" : setting.strip();
        for (String entry : text.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]).map(InetAddress::getAddress).orElseThrow(() ->
                    new IllegalArgumentException("planning.hearing.trusted-proxies: \"" + entry
                            + "\" is not an IP address or a CIDR range such as 10.0.0.0/8"));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("planning.hearing.trusted-proxies: bad prefix in \"" + entry + "\"");
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(ranges, text);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return literal(address).map(InetAddress::getAddress)
                .map(bytes -> ranges.stream().anyMatch(range -> range.contains(bytes))).orElse(false);
    }

    /**
     * The client's address: the peer itself unless it is a trusted proxy, else the rightmost address of the
     * {@code X-Forwarded-For} values that is not a trusted proxy (the leftmost when all are).
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            Arrays.stream(header.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // a value that is no address (e.g. "unknown"): nothing left of it can be believed
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    /** The address written as a literal (IPv6 in brackets or with a zone allowed), never looked up in DNS. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.contains("]")) {
            value = value.substring(1, value.indexOf(']'));
        }
        int zone = value.indexOf('%');
        if (zone > 0) {
            value = value.substring(0, zone);
        }
        if (!LITERAL.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(none)" : text;
    }
}
