package th.go.phuket.planning.hearing.web;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.hearing.HearingLinks;
import th.go.phuket.planning.support.Messages;

/** The hearing among a cycle's downloads on the dashboard: the public page, the record (page, workbook), the comments. */
final class HearingDownloads {

    private HearingDownloads() {
    }

    @Component
    static class PublicPage extends Link {
        PublicPage() {
            super("hearing.download.publicPage", HearingLinks::publicPage, 49);
        }
    }

    @Component
    static class RecordPage extends Link {
        RecordPage() {
            super("hearing.download.recordPage", HearingLinks::recordPage, 50);
        }
    }

    @Component
    static class RecordWorkbook extends Link {
        RecordWorkbook() {
            super("hearing.download.recordXlsx", HearingLinks::recordWorkbook, 51);
        }
    }

    @Component
    static class Comments extends Link {
        Comments() {
            super("hearing.download.comments", HearingLinks::officePage, 52);
        }
    }

    /** A link of the hearing with its label from {@code messages.properties}. */
    abstract static class Link implements CycleDownload {

        private final String labelKey;
        private final Function<String, String> path;
        private final int order;

        Link(String labelKey, Function<String, String> path, int order) {
            this.labelKey = labelKey;
            this.path = path;
            this.order = order;
        }

        @Override
        public String label() {
            return Messages.get(labelKey);
        }

        @Override
        public String href(String cycleId) {
            return path.apply(cycleId);
        }

        @Override
        public int order() {
            return order;
        }
    }
}
