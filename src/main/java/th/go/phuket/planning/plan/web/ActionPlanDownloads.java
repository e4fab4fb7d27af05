package th.go.phuket.planning.plan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.phuket.planning.dashboard.CycleDownload;
import th.go.phuket.planning.support.Messages;

/** The consolidated action plan among a cycle's downloads on the dashboard: workbook, printable page, CSV. */
@Configuration(proxyBeanMethods = false)
class ActionPlanDownloads {

    @Bean
    CycleDownload actionPlanWorkbookDownload() {
        return download("dashboard.download.actionPlanXlsx", "/api/cycles/%s/action-plan.xlsx", 20);
    }

    @Bean
    CycleDownload actionPlanPageDownload() {
        return download("dashboard.download.actionPlanPage", "/cycles/%s/action-plan", 30);
    }

    @Bean
    CycleDownload actionPlanCsvDownload() {
        return download("dashboard.download.actionPlanCsv", "/api/cycles/%s/action-plan.csv", 40);
    }

    private static CycleDownload download(String labelKey, String path, int order) {
        return new CycleDownload() {
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
        };
    }
}
