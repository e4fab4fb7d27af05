package th.go.phuket.planning.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import th.go.phuket.planning.support.Messages;

/**
 * Refuses to start the production profile {@code postgres} with a default or weak admin password or without the
 * database and mail settings (server and the office's, managers' and committee's addresses), before any bean is made (so before anything connects anywhere); every problem is
 * named at once. Runs as the last context initializer, when every property source, the environment's and those
 * added by initializers before it, is in place.
 */
public class ProductionSettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    public static final String PROFILE = "postgres";
    public static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    /** The mail addresses too: without them the office's emails would go to the demo's {@code @planning.example}. */
    static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "SMTP_HOST",
            "MAIL_STRATEGY_OFFICE", "MAIL_MANAGERS", "MAIL_COMMITTEE");
    static final int MIN_PASSWORD_LENGTH = 12;
    static final List<String> DEFAULT_PASSWORDS = List.of("demo", "admin", "password", "changeme");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = problems(environment::getProperty);
        if (!problems.isEmpty()) {
            throw new ProductionSettingsException(problems);
        }
    }

    /** The problems of the settings read by {@code settings}, one sentence each, Thai then English. */
    static List<String> problems(java.util.function.UnaryOperator<String> settings) {
        List<String> problems = new ArrayList<>();
        String password = settings.apply(ADMIN_PASSWORD);
        if (password == null || password.isBlank()) {
            problems.add(Messages.get("security.settings.adminPassword.missing", ADMIN_PASSWORD));
        } else if (DEFAULT_PASSWORDS.contains(password.trim().toLowerCase(java.util.Locale.ROOT))) {
            problems.add(Messages.get("security.settings.adminPassword.default", ADMIN_PASSWORD));
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(Messages.get("security.settings.adminPassword.short", ADMIN_PASSWORD,
                    String.valueOf(MIN_PASSWORD_LENGTH)));
        }
        for (String name : REQUIRED) {
            String value = settings.apply(name);
            if (value == null || value.isBlank()) {
                problems.add(Messages.get("security.settings.missing", name));
            }
        }
        return problems;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
