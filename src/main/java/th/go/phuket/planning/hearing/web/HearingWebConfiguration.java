package th.go.phuket.planning.hearing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.hearing.HearingLinks;
import th.go.phuket.planning.hearing.HearingSettings;
import th.go.phuket.planning.support.Messages;

/** The client address, the peer valve, and the hearing record among each cycle's downloads on the dashboard. */
@Configuration(proxyBeanMethods = false)
class HearingWebConfiguration {

    @Bean
    ClientAddress clientAddress(HearingSettings settings) {
        return new ClientAddress(settings);
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
