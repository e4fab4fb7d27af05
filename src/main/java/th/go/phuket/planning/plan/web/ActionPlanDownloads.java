package th.go.phuket.planning.plan.web;

import org.springframework.stereotype.Component;
import th.go.phuket.planning.dashboard.LabelledDownload;

/** The consolidated action plan among a cycle's downloads on the dashboard: workbook, printable page, CSV. */
final class ActionPlanDownloads {

    private ActionPlanDownloads() {
    }

    @Component
    static class Workbook extends LabelledDownload {
        Workbook() {
            super("dashboard.download.actionPlanXlsx", cycle -> "/api/cycles/%s/action-plan.xlsx".formatted(cycle), 20);
        }
    }

    @Component
    static class Page extends LabelledDownload {
        Page() {
            super("dashboard.download.actionPlanPage", cycle -> "/cycles/%s/action-plan".formatted(cycle), 30);
        }
    }

    @Component
    static class Csv extends LabelledDownload {
        Csv() {
            super("dashboard.download.actionPlanCsv", cycle -> "/api/cycles/%s/action-plan.csv".formatted(cycle), 40);
        }
    }
}
