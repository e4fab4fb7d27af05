package th.go.phuket.planning.calendar;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The holiday table on an in-memory H2 database, as in the default profile. */
class HolidayRepositoryTest extends HolidayRepositoryContract {

    @Override
    DataSource createEmptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:holidays-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Override
    void dropDatabase(JdbcTemplate jdbc) {
        jdbc.execute("SHUTDOWN");
    }
}
