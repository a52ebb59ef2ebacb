package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring's JdbcTemplate family: queries, named parameters, batches, generated keys, error translation and transactions. */
class SpringJdbcTemplateTest {
    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void worksAsOnPostgres(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("spring")) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.connect(), true);
            try {
                exercise(dataSource);
            } finally {
                dataSource.destroy();
            }
        }
    }

    private static void exercise(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE accounts (id serial PRIMARY KEY, owner text NOT NULL UNIQUE,"
                + " balance numeric(10,2) NOT NULL CHECK (balance >= 0))");

        int[][] counts = jdbc.batchUpdate("INSERT INTO accounts (owner, balance) VALUES (?, ?)",
                List.of(new Object[] {"ann", 100}, new Object[] {"bob", 50}), 10,
                (ps, row) -> {
                    ps.setString(1, (String) row[0]);
                    ps.setInt(2, (Integer) row[1]);
                });
        assertEquals(1, counts[0][1]);

        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.update("INSERT INTO accounts (owner, balance) VALUES (:owner, :balance)",
                new MapSqlParameterSource("owner", "cy").addValue("balance", 5), keys, new String[] {"id"});
        assertEquals(3, keys.getKey().intValue());

        assertEquals(List.of("ann", "cy"), named.queryForList(
                "SELECT owner FROM accounts WHERE owner IN (:owners) ORDER BY owner",
                Map.of("owners", List.of("ann", "cy", "zed")), String.class));
        assertEquals(Integer.valueOf(3), jdbc.queryForObject("SELECT count(*) FROM accounts", Integer.class));

        assertThrows(DuplicateKeyException.class,
                () -> jdbc.update("INSERT INTO accounts (owner, balance) VALUES ('ann', 1)"));
        assertThrows(DataIntegrityViolationException.class,
                () -> jdbc.update("UPDATE accounts SET balance = balance - 500 WHERE owner = 'bob'"));

        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThrows(DataIntegrityViolationException.class, () -> tx.executeWithoutResult(status -> {
            jdbc.update("UPDATE accounts SET balance = balance + 10 WHERE owner = 'ann'");
            jdbc.update("UPDATE accounts SET balance = balance - 60 WHERE owner = 'bob'");
        }));
        tx.executeWithoutResult(status -> {
            jdbc.update("UPDATE accounts SET balance = balance - 25 WHERE owner = 'ann'");
            jdbc.update("UPDATE accounts SET balance = balance + 25 WHERE owner = 'bob'");
        });
        assertEquals(List.of("ann 75.00", "bob 75.00", "cy 5.00"), jdbc.query(
                "SELECT owner, balance FROM accounts ORDER BY owner",
                (rs, i) -> rs.getString(1) + " " + rs.getBigDecimal(2)));
    }
}
