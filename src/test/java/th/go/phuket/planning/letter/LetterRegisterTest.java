package th.go.phuket.planning.letter;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The register on H2, as the default profile runs it (file or memory, two pools on one database). */
class LetterRegisterTest extends LetterRegisterContract {

    private final List<HikariDataSource> pools = new ArrayList<>();

    @Override
    List<DataSource> createNodes(int count) {
        String url = "jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        for (int i = 0; i < count; i++) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername("sa");
            config.setMaximumPoolSize(3);
            pools.add(new HikariDataSource(config));
        }
        return List.copyOf(pools);
    }

    @Override
    void dropNodes() {
        pools.forEach(HikariDataSource::close);
    }
}
