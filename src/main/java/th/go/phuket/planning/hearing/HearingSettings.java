package th.go.phuket.planning.hearing;

/**
 * Settings of the public hearing: the rate limit per client address, the proxies whose {@code X-Forwarded-For} is
 * believed, how many distinct addresses' reports hide a comment, and how many comments a page shows.
 */
public record HearingSettings(RateLimit rateLimit, TrustedProxies trustedProxies, int hideAfterReports,
                              int pageSize) {

    public static final int DEFAULT_HIDE_AFTER_REPORTS = 3;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public HearingSettings {
        if (hideAfterReports < 1) {
            throw new IllegalArgumentException("planning.hearing.hide-after-reports must be at least 1");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("planning.hearing.page-size must be between 1 and 500");
        }
    }

    public static HearingSettings defaults() {
        return new HearingSettings(RateLimit.parse(RateLimit.DEFAULT), TrustedProxies.parse(""),
                DEFAULT_HIDE_AFTER_REPORTS, DEFAULT_PAGE_SIZE);
    }
}
