package th.go.phuket.planning.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The register's promise on a real database: numbers per series and B.E. year, from 1, no gaps and no duplicates
 * while several writers take numbers at once and some of them roll back. Each writer ("node") has a connection
 * pool of its own, as two application nodes on one database do.
 */
abstract class LetterRegisterContract {

    static final int LETTERS_PER_WRITER = 40;

    private List<DataSource> nodes;

    /** {@code count} independent connection pools on one empty database with the product's tables. */
    abstract List<DataSource> createNodes(int count) throws Exception;

    abstract void dropNodes() throws Exception;

    @BeforeEach
    void database() throws Exception {
        nodes = createNodes(2);
        try (Connection connection = nodes.get(0).getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("schema.sql"));
        }
    }

    @AfterEach
    void drop() throws Exception {
        dropNodes();
    }

    @Test
    void numbersStartAtOneAndARolledBackNumberIsTakenAgain() throws Exception {
        DataSource node = nodes.get(0);
        assertThat(take(node, Series.CIRCULAR, 2561, true)).isEqualTo(1);
        assertThat(take(node, Series.CIRCULAR, 2561, false)).isEqualTo(2);
        assertThat(take(node, Series.CIRCULAR, 2561, true)).isEqualTo(2);
        assertThat(take(node, Series.PLAIN, 2561, true)).as("the plain series counts on its own").isEqualTo(1);
        assertThat(take(node, Series.CIRCULAR, 2562, true)).as("a new B.E. year starts again").isEqualTo(1);
        assertThat(take(node, Series.CIRCULAR, 2561, true)).isEqualTo(3);
    }

    @Test
    void twoThreadsOfOneNodeNeverShareOrSkipANumber() throws Exception {
        assertGapFree(List.of(nodes.get(0), nodes.get(0)));
    }

    @Test
    void twoNodesOnOneDatabaseNeverShareOrSkipANumber() throws Exception {
        assertGapFree(List.of(nodes.get(0), nodes.get(1), nodes.get(0), nodes.get(1)));
    }

    /**
     * Every writer takes numbers of the same year's first use at once (the year's row does not exist yet), holds
     * the lock a little, and rolls back about one transaction in five.
     */
    private void assertGapFree(List<DataSource> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (DataSource writer : writers) {
                results.add(pool.submit(() -> {
                    List<Integer> kept = new ArrayList<>();
                    for (int i = 0; i < LETTERS_PER_WRITER; i++) {
                        boolean commit = ThreadLocalRandom.current().nextInt(5) != 0;
                        int number = take(writer, Series.CIRCULAR, 2561, commit);
                        if (commit) {
                            kept.add(number);
                        }
                    }
                    return kept;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                all.addAll(result.get());
            }
            Collections.sort(all);
            assertThat(all).as("committed numbers").containsExactlyElementsOf(
                    IntStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(all.size()).isGreaterThan(writers.size() * LETTERS_PER_WRITER / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int take(DataSource node, Series series, int beYear, boolean commit) throws SQLException {
        try (Connection connection = node.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int number = LetterRegister.next(connection, series, beYear);
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return number;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                connection.rollback();
                throw new IllegalStateException(e);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
