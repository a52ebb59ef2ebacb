package io.pgmicro.clients;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** jOOQ 3.19 in its POSTGRES dialect: DDL, joins, upsert, RETURNING, a CTE and window functions. */
class JooqTest {
    private static final Table<Record> AUTHORS = table(name("authors"));
    private static final Table<Record> BOOKS = table(name("books"));
    private static final Field<Integer> AUTHOR_ID = field(name("authors", "id"), SQLDataType.INTEGER);
    private static final Field<String> AUTHOR_NAME = field(name("authors", "name"), SQLDataType.VARCHAR);
    private static final Field<Integer> BOOK_ID = field(name("books", "id"), SQLDataType.INTEGER);
    private static final Field<Integer> BOOK_AUTHOR = field(name("books", "author_id"), SQLDataType.INTEGER);
    private static final Field<String> TITLE = field(name("books", "title"), SQLDataType.VARCHAR);
    private static final Field<BigDecimal> PRICE = field(name("books", "price"), SQLDataType.NUMERIC(10, 2));

    @ParameterizedTest
    @EnumSource(ClientTarget.class)
    void queriesAsOnPostgres(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("jooq"); Connection c = db.connect()) {
            DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
            ctx.createTable(AUTHORS).column("id", SQLDataType.INTEGER.identity(true))
                    .column("name", SQLDataType.VARCHAR(100).nullable(false))
                    .constraints(DSL.primaryKey("id"), DSL.unique("name")).execute();
            ctx.createTable(BOOKS).column("id", SQLDataType.INTEGER.identity(true))
                    .column("author_id", SQLDataType.INTEGER.nullable(false))
                    .column("title", SQLDataType.VARCHAR(200).nullable(false))
                    .column("price", SQLDataType.NUMERIC(10, 2))
                    .constraints(DSL.primaryKey("id"), DSL.foreignKey("author_id").references("authors", "id"))
                    .execute();

            // RETURNING
            Integer ada = ctx.insertInto(AUTHORS).columns(AUTHOR_NAME).values("Ada").returningResult(AUTHOR_ID)
                    .fetchOne().value1();
            Integer alan = ctx.insertInto(AUTHORS).columns(AUTHOR_NAME).values("Alan").returningResult(AUTHOR_ID)
                    .fetchOne().value1();
            assertEquals(List.of(1, 2), List.of(ada, alan));
            ctx.insertInto(BOOKS).columns(BOOK_AUTHOR, TITLE, PRICE)
                    .values(ada, "Notes", new BigDecimal("12.50"))
                    .values(ada, "Engines", new BigDecimal("30.00"))
                    .values(alan, "Machines", new BigDecimal("20.00")).execute();

            // upsert: the conflicting name updates in place and reports the row it touched
            Result<Record1<Integer>> upserted = ctx.insertInto(AUTHORS).columns(AUTHOR_NAME).values("Ada")
                    .onConflict(field(name("name"))).doUpdate().set(AUTHOR_NAME, "Ada")
                    .returningResult(AUTHOR_ID).fetch();
            assertEquals(List.of(ada), upserted.getValues(0, Integer.class));
            assertEquals(0, ctx.insertInto(AUTHORS).columns(AUTHOR_NAME).values("Alan").onConflictDoNothing().execute());

            // join with aggregation and ordering
            List<String> perAuthor = ctx.select(AUTHOR_NAME, count(), sum(PRICE)).from(AUTHORS)
                    .join(BOOKS).on(BOOK_AUTHOR.eq(AUTHOR_ID)).groupBy(AUTHOR_NAME).orderBy(AUTHOR_NAME)
                    .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
            assertEquals(List.of("Ada 2 42.50", "Alan 1 20.00"), perAuthor);

            // a CTE and a window function over it
            CommonTableExpression<Record3<String, BigDecimal, Integer>> priced = name("priced").as(
                    select(TITLE, PRICE, BOOK_AUTHOR).from(BOOKS).where(PRICE.gt(new BigDecimal("10"))));
            Field<Integer> rank = rank().over().partitionBy(field(name("priced", "author_id")))
                    .orderBy(field(name("priced", "price")).desc()).as("rank");
            List<String> ranked = ctx.with(priced)
                    .select(field(name("priced", "title"), String.class), rank).from(priced)
                    .orderBy(field(name("priced", "title"))).fetch(r -> r.value1() + " " + r.value2());
            assertEquals(List.of("Engines 1", "Machines 1", "Notes 2"), ranked);

            // pagination, update and delete with RETURNING
            assertEquals(List.of("Machines"), ctx.select(TITLE).from(BOOKS).orderBy(TITLE).limit(1).offset(1)
                    .fetch(TITLE));
            assertEquals(1, ctx.update(BOOKS).set(PRICE, PRICE.plus(new BigDecimal("1"))).where(TITLE.eq("Notes"))
                    .execute());
            assertEquals(List.of("Machines"), ctx.deleteFrom(BOOKS).where(BOOK_AUTHOR.eq(alan))
                    .returningResult(TITLE).fetch(TITLE));
            assertEquals(new BigDecimal("13.50"), ctx.select(PRICE).from(BOOKS).where(TITLE.eq("Notes"))
                    .fetchOne(PRICE));
        }
    }
}
