package th.go.phuket.planning.dashboard;

import org.springframework.stereotype.Component;
import th.go.phuket.planning.support.Messages;

/** The agency status workbook, the first of a cycle's downloads on the dashboard. */
@Component
class XlsxDownload implements CycleDownload {

    @Override
    public String label() {
        return Messages.get("dashboard.download.agencyStatusXlsx");
    }

    @Override
    public String href(String cycleId) {
        return "/api/cycles/" + cycleId + "/progress.xlsx";
    }

    @Override
    public int order() {
        return 10;
    }
}
