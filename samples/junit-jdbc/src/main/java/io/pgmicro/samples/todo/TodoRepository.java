package io.pgmicro.samples.todo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A to-do list kept in PostgreSQL with plain JDBC. */
public final class TodoRepository {
    public record Todo(int id, String title, boolean done) {
    }

    private final DataSource dataSource;

    public TodoRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int add(String title) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO todo (title) VALUES (?) RETURNING id")) {
            st.setString(1, title);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Marks a to-do done; false when there is no open one with that id. */
    public boolean complete(int id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE todo SET done = true WHERE id = ? AND NOT done")) {
            st.setInt(1, id);
            return st.executeUpdate() == 1;
        }
    }

    public List<Todo> open() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT id, title, done FROM todo WHERE NOT done ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            List<Todo> todos = new ArrayList<>();
            while (rs.next()) {
                todos.add(new Todo(rs.getInt(1), rs.getString(2), rs.getBoolean(3)));
            }
            return todos;
        }
    }
}
