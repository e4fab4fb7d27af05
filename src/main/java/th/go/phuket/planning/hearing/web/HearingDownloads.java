package th.go.phuket.planning.hearing.web;

import org.springframework.stereotype.Component;
import th.go.phuket.planning.dashboard.LabelledDownload;
import th.go.phuket.planning.hearing.HearingLinks;

/** The hearing among a cycle's downloads on the dashboard: the public page, the record (page, workbook), the comments. */
final class HearingDownloads {

    private HearingDownloads() {
    }

    @Component
    static class PublicPage extends LabelledDownload {
        PublicPage() {
            super("hearing.download.publicPage", HearingLinks::publicPage, 49);
        }
    }

    @Component
    static class RecordPage extends LabelledDownload {
        RecordPage() {
            super("hearing.download.recordPage", HearingLinks::recordPage, 50);
        }
    }

    @Component
    static class RecordWorkbook extends LabelledDownload {
        RecordWorkbook() {
            super("hearing.download.recordXlsx", HearingLinks::recordWorkbook, 51);
        }
    }

    @Component
    static class Comments extends LabelledDownload {
        Comments() {
            super("hearing.download.comments", HearingLinks::officePage, 52);
        }
    }
}
