package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import th.go.phuket.planning.PlanningApplication;

/** The production profile refuses unsafe or missing settings before it connects anywhere, naming each setting. */
class ProductionProfileRefusalTest {

    private static final String[] GOOD = {"--DB_URL=jdbc:postgresql://127.0.0.1:1/planning", "--DB_USER=planning",
        "--DB_PASSWORD=secret", "--SMTP_HOST=smtp.phuket.example", "--MAIL_STRATEGY_OFFICE=strategy@phuket.go.th",
        "--MAIL_MANAGERS=managers@phuket.go.th", "--MAIL_COMMITTEE=committee@phuket.go.th"};

    @Test
    void refusesToStartWithoutAdminPassword() {
        assertRefused(with("--ADMIN_PASSWORD="), "ADMIN_PASSWORD is not set");
    }

    @Test
    void refusesToStartWithTheDemoPassword() {
        assertRefused(with("--ADMIN_PASSWORD=demo"), "ADMIN_PASSWORD must not be a default password");
    }

    @Test
    void refusesAShortPassword() {
        assertRefused(with("--ADMIN_PASSWORD=short-pw"), "ADMIN_PASSWORD must be at least 12 characters");
    }

    @Test
    void namesEveryMissingSettingAtOnce() {
        assertRefused(new String[] {"--ADMIN_PASSWORD=", "--DB_URL=", "--DB_USER=", "--DB_PASSWORD=", "--SMTP_HOST=",
            "--MAIL_STRATEGY_OFFICE=", "--MAIL_MANAGERS=", "--MAIL_COMMITTEE="},
                "ADMIN_PASSWORD is not set", "DB_URL is not set", "DB_USER is not set", "DB_PASSWORD is not set",
                "SMTP_HOST is not set", "MAIL_STRATEGY_OFFICE is not set", "MAIL_MANAGERS is not set",
                "MAIL_COMMITTEE is not set");
    }

    @Test
    void goodSettingsPassTheCheck() {
        Map<String, String> good = Map.of("ADMIN_PASSWORD", "Phuket-2561-plan!", "DB_URL", "jdbc:postgresql://db/x",
                "DB_USER", "planning", "DB_PASSWORD", "secret", "SMTP_HOST", "smtp.phuket.example",
                "MAIL_STRATEGY_OFFICE", "strategy@phuket.go.th", "MAIL_MANAGERS", "managers@phuket.go.th",
                "MAIL_COMMITTEE", "committee@phuket.go.th");
        assertThat(ProductionSettingsCheck.problems(good::get)).isEmpty();
    }

    @Test
    void theFailureAnalysisListsTheProblemsInThaiAndEnglish() {
        var failure = new ProductionSettingsException(ProductionSettingsCheck.problems(name -> null));
        FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("ไม่เริ่มระบบโปรไฟล์ postgres", "- ยังไม่ได้ตั้งค่า DB_URL");
        assertThat(analysis.getAction()).contains("docs/production.md");
    }

    private static String[] with(String adminPassword) {
        String[] args = new String[GOOD.length + 1];
        System.arraycopy(GOOD, 0, args, 0, GOOD.length);
        args[GOOD.length] = adminPassword;
        return args;
    }

    private static void assertRefused(String[] args, String... messages) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlanningApplication.class)
                .web(WebApplicationType.NONE).profiles(ProductionSettingsCheck.PROFILE).run(args).close())
                .isInstanceOf(ProductionSettingsException.class)
                .hasMessageContaining("Refusing to start the postgres profile")
                .hasMessageContainingAll(messages);
    }
}
