package th.go.phuket.planning.plan.web;

import org.springframework.stereotype.Component;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.support.Messages;

/** The consolidated action plan among a cycle's downloads on the dashboard: workbook, printable page, CSV. */
final class ActionPlanDownloads {

    private ActionPlanDownloads() {
    }

    @Component
    static class Workbook extends Link {
        Workbook() {
            super("dashboard.download.actionPlanXlsx", "/api/cycles/%s/action-plan.xlsx", 20);
        }
    }

    @Component
    static class Page extends Link {
        Page() {
            super("dashboard.download.actionPlanPage", "/cycles/%s/action-plan", 30);
        }
    }

    @Component
    static class Csv extends Link {
        Csv() {
            super("dashboard.download.actionPlanCsv", "/api/cycles/%s/action-plan.csv", 40);
        }
    }

    /** A link of the plan with its label from {@code messages.properties}. */
    abstract static class Link implements CycleDownload {

        private final String labelKey;
        private final String path;
        private final int order;

        Link(String labelKey, String path, int order) {
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
            return path.formatted(cycleId);
        }

        @Override
        public int order() {
            return order;
        }
    }
}
