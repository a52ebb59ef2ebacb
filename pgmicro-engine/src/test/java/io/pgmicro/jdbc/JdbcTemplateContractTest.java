package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring's JdbcTemplate, its exception translation and its transactions. */
class JdbcTemplateContractTest {
    @OnBothDrivers
    void queriesUpdatesKeysAndTranslatedErrors(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase()) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), true);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                jdbc.execute("CREATE TABLE users (id bigserial PRIMARY KEY, email text UNIQUE NOT NULL, age int)");
                assertEquals(1, jdbc.update("INSERT INTO users (email, age) VALUES (?, ?)", "a@example.com", 30));

                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
                named.update("INSERT INTO users (email, age) VALUES (:email, :age)",
                        new MapSqlParameterSource().addValue("email", "b@example.com").addValue("age", 40),
                        keys, new String[] {"id"});
                assertEquals(2L, keys.getKey().longValue());

                assertEquals(Integer.valueOf(70), jdbc.queryForObject("SELECT sum(age)::int FROM users", Integer.class));
                List<String> emails = jdbc.queryForList("SELECT email FROM users WHERE age > ? ORDER BY id", String.class, 20);
                assertEquals(List.of("a@example.com", "b@example.com"), emails);
                Map<String, Object> row = jdbc.queryForMap("SELECT id, email FROM users WHERE id = ?", 1L);
                assertEquals(1L, row.get("id"));

                assertThrows(DuplicateKeyException.class,
                        () -> jdbc.update("INSERT INTO users (email) VALUES (?)", "a@example.com"));
                assertThrows(DataIntegrityViolationException.class,
                        () -> jdbc.update("INSERT INTO users (email) VALUES (NULL)"));
            } finally {
                dataSource.destroy();
            }
        }
    }

    @OnBothDrivers
    void transactionTemplateRollsBackOnException(Target target) throws SQLException {
        try (Target.TestDatabase db = target.newDatabase()) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), true);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                jdbc.execute("CREATE TABLE t (a int)");
                TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
                assertThrows(IllegalStateException.class, () -> tx.executeWithoutResult(status -> {
                    jdbc.update("INSERT INTO t VALUES (1)");
                    throw new IllegalStateException("abandon");
                }));
                tx.executeWithoutResult(status -> jdbc.update("INSERT INTO t VALUES (2)"));
                assertEquals(List.of(2), jdbc.queryForList("SELECT a FROM t", Integer.class));
            } finally {
                dataSource.destroy();
            }
        }
    }
}
