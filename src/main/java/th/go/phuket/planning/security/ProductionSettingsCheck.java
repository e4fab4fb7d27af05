package th.go.phuket.planning.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import th.go.phuket.planning.support.Messages;

/**
 * Refuses to start the production profile {@code postgres} with a default or weak admin password or without the
 * database and mail settings, before anything connects anywhere; every problem is named at once.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "postgres";
    public static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "SMTP_HOST");
    static final int MIN_PASSWORD_LENGTH = 12;
    static final List<String> DEFAULT_PASSWORDS = List.of("demo", "admin", "password", "changeme");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
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
        // after the config files are read (they may activate the profile)
        return Ordered.LOWEST_PRECEDENCE;
    }
}
