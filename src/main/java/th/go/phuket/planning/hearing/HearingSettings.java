package th.go.phuket.planning.hearing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the public hearing: the rate limit per client address ({@code planning.hearing.rate-limit}), the
 * proxies whose {@code X-Forwarded-For} is believed ({@code .trusted-proxies}), how many distinct addresses' reports
 * hide a comment ({@code .hide-after-reports}), and how many comments a page shows ({@code .page-size}).
 */
@Component
public class HearingSettings {

    public static final int DEFAULT_HIDE_AFTER_REPORTS = 3;
    public static final int DEFAULT_PAGE_SIZE = 20;

    private final RateLimit rateLimit;
    private final TrustedProxies trustedProxies;
    private final int hideAfterReports;
    private final int pageSize;

    @Autowired
    public HearingSettings(@Value("${planning.hearing.rate-limit:" + RateLimit.DEFAULT + "}") String rateLimit,
            @Value("${planning.hearing.trusted-proxies:}") String trustedProxies,
            @Value("${planning.hearing.hide-after-reports:" + DEFAULT_HIDE_AFTER_REPORTS + "}") int hideAfterReports,
            @Value("${planning.hearing.page-size:" + DEFAULT_PAGE_SIZE + "}") int pageSize) {
        this(RateLimit.parse(rateLimit), TrustedProxies.parse(trustedProxies), hideAfterReports, pageSize);
    }

    public HearingSettings(RateLimit rateLimit, TrustedProxies trustedProxies, int hideAfterReports, int pageSize) {
        if (hideAfterReports < 1) {
            throw new IllegalArgumentException("planning.hearing.hide-after-reports must be at least 1");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("planning.hearing.page-size must be between 1 and 500");
        }
        this.rateLimit = rateLimit;
        this.trustedProxies = trustedProxies;
        this.hideAfterReports = hideAfterReports;
        this.pageSize = pageSize;
    }

    public static HearingSettings defaults() {
        return new HearingSettings(RateLimit.parse(RateLimit.DEFAULT), TrustedProxies.parse(""),
                DEFAULT_HIDE_AFTER_REPORTS, DEFAULT_PAGE_SIZE);
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    public int hideAfterReports() {
        return hideAfterReports;
    }

    public int pageSize() {
        return pageSize;
    }
}
