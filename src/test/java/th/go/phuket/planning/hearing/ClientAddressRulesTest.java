package th.go.phuket.planning.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trusted proxies, the rate-limit setting and how comment text is compared. */
class ClientAddressRulesTest {

    @Test
    void thePeerIsTheClientUnlessItIsATrustedProxy() {
        TrustedProxies none = TrustedProxies.parse("");
        assertThat(none.client("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");

        TrustedProxies proxy = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
        assertThat(proxy.client("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxy.client("127.0.0.2", List.of("203.0.113.9"))).as("127.0.0.2 is not trusted")
                .isEqualTo("127.0.0.2");
        assertThat(proxy.client("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void theRightmostUntrustedAddressIsTheClientWhateverTheClientWroteToTheLeft() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1,10.0.0.0/8");

        assertThat(proxies.client("127.0.0.1", List.of("6.6.6.6, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("127.0.0.1", List.of("6.6.6.6", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("127.0.0.1", List.of("not-an-address, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.9, unknown"))).as("nothing left of garbage")
                .isEqualTo("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", List.of("10.9.9.9"))).isEqualTo("10.9.9.9");
    }

    @Test
    void ipv6RangesAndBadSettings() {
        TrustedProxies proxies = TrustedProxies.parse("::1, fd00::/8");
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("2001:db8::1")).isFalse();
        assertThat(proxies.trusts("example.org")).as("names are never looked up").isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.local")).hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/40")).hasMessageContaining("prefix");
    }

    @Test
    void theRateLimitReadsCountAndWindow() {
        assertThat(RateLimit.parse("5/10m")).isEqualTo(new RateLimit(5, Duration.ofMinutes(10)));
        assertThat(RateLimit.parse(" 20 / 1h ")).isEqualTo(new RateLimit(20, Duration.ofHours(1)));
        assertThat(RateLimit.parse("3/PT30S")).isEqualTo(new RateLimit(3, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> RateLimit.parse("five per ten")).hasMessageContaining("5/10m");
        assertThatThrownBy(() -> RateLimit.parse("0/10m")).hasMessageContaining("at least 1");
    }

    @Test
    void theSameTextIgnoresSpacingAndCase() {
        String text = CommentText.clean("  ขอให้ปรับปรุง\r\nถนน  สาย 402 \u200B ");
        assertThat(text).isEqualTo("ขอให้ปรับปรุง\nถนน  สาย 402");
        assertThat(CommentText.key(text)).isEqualTo(CommentText.key("ขอให้ปรับปรุง ถนน สาย 402"));
        assertThat(CommentText.key("Bike LANES please")).isEqualTo(CommentText.key("bike lanes PLEASE"));
        assertThat(CommentText.key("ถนนสาย 402")).isNotEqualTo(CommentText.key("ถนนสาย 4020"));
        assertThat(CommentText.clean("a\u0000b\u0007c")).isEqualTo("abc");
    }
}
