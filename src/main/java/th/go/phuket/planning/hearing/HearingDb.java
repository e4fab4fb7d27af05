package th.go.phuket.planning.hearing;

import java.sql.Connection;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

/**
 * Runs the hearing's SQL on the engine's own connection, in the engine's transaction: inside a delegate or listener
 * the one already running, otherwise a new engine command. So a comment's answer, its history row and the message
 * that emails the commenter commit together or not at all, in the app (Spring transactions) and in engine-only tests
 * alike. The work runs without the caller's engine authorization checks: who may do what is decided before, by the
 * pages and APIs (the public may comment without being a user of the engine).
 */
@Component
public class HearingDb {

    private final Supplier<ProcessEngineConfigurationImpl> engine;

    /** The app's engine, looked up when first needed (delegates of the engine are beans too). */
    @Autowired
    public HearingDb(ObjectProvider<ProcessEngine> engine) {
        this(() -> (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration());
    }

    public HearingDb(Supplier<ProcessEngineConfigurationImpl> engine) {
        this.engine = engine;
    }

    /** The engine's services (message correlation, task variables), used inside {@link #inTransaction}. */
    public ProcessEngineConfigurationImpl engine() {
        return engine.get();
    }

    /** {@code work} in the current engine transaction, or in a new one. */
    public <T> T inTransaction(Function<JdbcTemplate, T> work) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return run(current, work);
        }
        return executor().execute(context -> run(context, work));
    }

    /**
     * {@code work} on a connection of its own in auto-commit, outside any engine command: for inserts that may meet
     * another node's same insert at the primary key, which would otherwise abort (PostgreSQL) and be logged as a
     * failed engine command. Never call it inside {@link #inTransaction}.
     */
    public <T> T autocommit(Function<JdbcTemplate, T> work) {
        JdbcTemplate jdbc = new JdbcTemplate(engine.get().getDataSource(), false);
        jdbc.setExceptionTranslator(new SQLExceptionSubclassTranslator());
        return work.apply(jdbc);
    }

    public void run(Runnable work) {
        inTransaction(jdbc -> {
            work.run();
            return null;
        });
    }

    private CommandExecutor executor() {
        return engine.get().getCommandExecutorTxRequired();
    }

    private static <T> T run(CommandContext context, Function<JdbcTemplate, T> work) {
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return work.apply(jdbc(context.getDbSqlSession().getSqlSession().getConnection()));
        } finally {
            if (checking) {
                context.enableAuthorizationCheck();
            }
        }
    }

    /** A template on the engine's connection that never closes it (the engine does, at the end of its command). */
    private static JdbcTemplate jdbc(Connection connection) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true), false);
        jdbc.setExceptionTranslator(new SQLExceptionSubclassTranslator());
        return jdbc;
    }
}
