package th.go.phuket.planning.hearing.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.hearing.HearingLinks;
import th.go.phuket.planning.hearing.HearingSettings;
import th.go.phuket.planning.support.Messages;

/**
 * The client address, the peer valve, the public pages' micro-cache, and the hearing record among each cycle's
 * downloads on the dashboard.
 */
@Configuration(proxyBeanMethods = false)
class HearingWebConfiguration {

    @Bean
    ClientAddress clientAddress(HearingSettings settings) {
        return new ClientAddress(settings);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            @Value("${planning.hearing.page-cache:1s}") Duration ttl) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(ttl));
        registration.setName("hearing-public-page-cache");
        registration.addUrlPatterns("/hearing/*", "/api/public/*");
        // after the security headers, which every answer carries whether rendered or replayed
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    static PeerAddressValve.First peerAddressValve() {
        return new PeerAddressValve.First();
    }

    @Bean
    CycleDownload hearingRecordPageDownload() {
        return download("hearing.download.recordPage", 50, false);
    }

    @Bean
    CycleDownload hearingRecordWorkbookDownload() {
        return download("hearing.download.recordXlsx", 51, true);
    }

    @Bean
    CycleDownload hearingCommentsDownload() {
        return new CycleDownload() {
            @Override
            public String label() {
                return Messages.get("hearing.download.comments");
            }

            @Override
            public String href(String cycleId) {
                return HearingLinks.officePage(cycleId);
            }

            @Override
            public int order() {
                return 52;
            }
        };
    }

    private static CycleDownload download(String labelKey, int order, boolean workbook) {
        return new CycleDownload() {
            @Override
            public String label() {
                return Messages.get(labelKey);
            }

            @Override
            public String href(String cycleId) {
                return workbook ? HearingLinks.recordWorkbook(cycleId) : HearingLinks.recordPage(cycleId);
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
