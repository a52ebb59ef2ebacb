package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A HikariCP pool of ten, used from several threads at once, as a service would use it. */
class ConnectionPoolContractTest {
    @OnBothDrivers
    void parallelWritersThroughAPool(Target target) throws Exception {
        try (Target.TestDatabase db = target.newDatabase()) {
            db.run("CREATE TABLE hits (worker int, n int)");
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.url());
            config.setMaximumPoolSize(10);
            config.setPoolName("contract-" + target);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                ExecutorService threads = Executors.newFixedThreadPool(4);
                try {
                    List<Future<?>> work = new ArrayList<>();
                    for (int worker = 0; worker < 4; worker++) {
                        int id = worker;
                        work.add(threads.submit(() -> {
                            for (int n = 0; n < 25; n++) {
                                insertInTransaction(pool, id, n);
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : work) {
                        f.get();
                    }
                } finally {
                    threads.shutdownNow();
                }
                try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*), count(DISTINCT worker) FROM hits")) {
                    rs.next();
                    assertEquals(100, rs.getInt(1));
                    assertEquals(4, rs.getInt(2));
                }
            }
        }
    }

    private static void insertInTransaction(HikariDataSource pool, int worker, int n) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO hits VALUES (?, ?)")) {
                p.setInt(1, worker);
                p.setInt(2, n);
                p.executeUpdate();
            }
            c.commit();
        }
    }
}
