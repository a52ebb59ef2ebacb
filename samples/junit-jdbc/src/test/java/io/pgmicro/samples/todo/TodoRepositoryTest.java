package io.pgmicro.samples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.junit5.PgMicroDatabase;
import io.pgmicro.junit5.PgMicroTest;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every test gets its own copy of a database set up once from schema.sql. */
@PgMicroTest(scripts = "classpath:schema.sql")
class TodoRepositoryTest {
    TodoRepository todos;

    @BeforeEach
    void setUp(DataSource dataSource) {
        todos = new TodoRepository(dataSource);
    }

    @Test
    void addsAndListsOpenTodos() throws SQLException {
        int milk = todos.add("buy milk");
        int bread = todos.add("buy bread");
        assertEquals(List.of(new TodoRepository.Todo(milk, "buy milk", false), new TodoRepository.Todo(bread, "buy bread", false)),
                todos.open());
    }

    @Test
    void startsEmptyWhateverOtherTestsAdded() throws SQLException {
        assertEquals(List.of(), todos.open());
        assertEquals(1, todos.add("first"), "the serial starts at 1 in every test's database");
    }

    @Test
    void completingTwiceIsRefused() throws SQLException {
        int id = todos.add("write sample");
        assertTrue(todos.complete(id));
        assertFalse(todos.complete(id));
        assertEquals(List.of(), todos.open());
    }

    @Test
    void anOpenTitleIsUniqueButADoneOneMayRepeat() throws SQLException {
        int id = todos.add("call mum");
        SQLException duplicate = assertThrows(SQLException.class, () -> todos.add("call mum"));
        assertEquals("23505", duplicate.getSQLState());
        assertTrue(duplicate.getMessage().contains("todo_open_title_key"), duplicate.getMessage());
        todos.complete(id);
        todos.add("call mum");
    }

    @Test
    void anEmptyTitleViolatesTheCheck(PgMicroDatabase db) {
        SQLException e = assertThrows(SQLException.class, () -> todos.add(""));
        assertEquals("23514", e.getSQLState());
        assertEquals(0L, db.queryValue("SELECT count(*) FROM todo"));
    }
}
