package th.go.phuket.planning.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds the job executor still while a test counts rows: the work already due (emails of the cycle start, work
 * left by earlier tests of the shared context) runs first, then no job runs until {@link #close()}. So a count that
 * changes was changed by the request under test, never by a timer or an email delivery meanwhile.
 */
final class QuietEngine implements AutoCloseable {

    private final JobExecutor jobExecutor;

    private QuietEngine(JobExecutor jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    static QuietEngine hold(ProcessEngine engine, JdbcTemplate jdbc) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor jobExecutor = configuration.getJobExecutor();
        var management = engine.getManagementService();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() ->
                management.createJobQuery().executable().count() == 0 && lockedJobs(jdbc) == 0);
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.shutdown();
        }
        // a job acquired just before the shutdown still runs on the executor's threads
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> lockedJobs(jdbc) == 0);
        return new QuietEngine(jobExecutor);
    }

    private static long lockedJobs(JdbcTemplate jdbc) {
        Long locked = jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ is not null "
                + "and LOCK_EXP_TIME_ > ?", Long.class, new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
        return locked == null ? 0 : locked;
    }

    @Override
    public void close() {
        if (jobExecutor != null && !jobExecutor.isActive()) {
            jobExecutor.start();
        }
    }
}
