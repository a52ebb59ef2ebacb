package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * Hibernate ORM 7 on PostgreSQLDialect: schema generation (create, then validate in a new
 * session factory), IDENTITY and SEQUENCE ids, a many-to-one relation, JPQL with a join
 * and pagination, and optimistic locking with @Version.
 */
class HibernateTest {
    @Entity(name = "Author")
    @Table(name = "author")
    public static class Author {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        @Column(nullable = false, unique = true, length = 100)
        String name;

        public Author() {
        }

        Author(String name) {
            this.name = name;
        }
    }

    @Entity(name = "Book")
    @Table(name = "book")
    public static class Book {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_seq")
        @SequenceGenerator(name = "book_seq", sequenceName = "book_seq", allocationSize = 5)
        Long id;

        @Column(nullable = false)
        String title;

        @Column(precision = 10, scale = 2)
        BigDecimal price;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        Author author;

        @Version
        int version;

        public Book() {
        }

        Book(String title, BigDecimal price, Author author) {
            this.title = title;
            this.price = price;
            this.author = author;
        }
    }

    private static SessionFactory sessionFactory(ClientTarget.ClientDatabase db, String schemaAction) {
        return new Configuration().addAnnotatedClass(Author.class).addAnnotatedClass(Book.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url())
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, ClientTarget.ClientDatabase.USER)
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .setProperty(AvailableSettings.HBM2DDL_AUTO, schemaAction)
                .setProperty(AvailableSettings.SHOW_SQL, "false")
                .buildSessionFactory();
    }

    @Test
    void mapsQueriesAndLocksInProcess() throws SQLException {
        mapsQueriesAndLocks(ClientTarget.IN_PROCESS);
    }

    @Test
    void mapsQueriesAndLocksThroughTheWireServer() throws SQLException {
        mapsQueriesAndLocks(ClientTarget.WIRE);
    }

    private static void mapsQueriesAndLocks(ClientTarget target) throws SQLException {
        try (ClientTarget.ClientDatabase db = target.newDatabase("hibernate")) {
            try (SessionFactory created = sessionFactory(db, "create")) {
                exercise(created);
            }
            try (SessionFactory validated = sessionFactory(db, "validate")) {
                Long books = validated.fromSession(s -> s.createQuery("select count(b) from Book b", Long.class)
                        .getSingleResult());
                assertEquals(3L, books);
            }
        }
    }

    private static void exercise(SessionFactory sf) {
        long[] ids = sf.fromTransaction(s -> {
            Author ada = new Author("Ada");
            Author alan = new Author("Alan");
            s.persist(ada);
            s.persist(alan);
            Book notes = new Book("Notes", new BigDecimal("12.50"), ada);
            s.persist(notes);
            s.persist(new Book("Engines", new BigDecimal("30.00"), ada));
            s.persist(new Book("Machines", new BigDecimal("20.00"), alan));
            s.flush();
            return new long[] {ada.id, alan.id, notes.id};
        });
        assertEquals(List.of(1L, 2L), List.of(ids[0], ids[1]));
        assertEquals(1L, ids[2]);

        List<String> page = sf.fromSession(s -> s.createQuery(
                        "select b.title from Book b join b.author a where a.name = :name order by b.title", String.class)
                .setParameter("name", "Ada").setFirstResult(1).setMaxResults(1).getResultList());
        assertEquals(List.of("Notes"), page);

        List<Object[]> totals = sf.fromSession(s -> s.createQuery(
                "select a.name, count(b), sum(b.price) from Author a left join Book b on b.author = a"
                        + " group by a.name order by a.name", Object[].class).getResultList());
        assertEquals("Ada 2 42.50", totals.get(0)[0] + " " + totals.get(0)[1] + " " + totals.get(0)[2]);

        // optimistic locking: a stale copy loses against the update committed since it was read
        Book stale = sf.fromSession(s -> s.find(Book.class, ids[2]));
        sf.inTransaction(s -> s.find(Book.class, ids[2]).price = new BigDecimal("13.00"));
        Integer version = sf.fromSession(s -> s.find(Book.class, ids[2]).version);
        assertEquals(1, version);
        stale.price = new BigDecimal("99.00");
        assertThrows(OptimisticLockException.class, () -> sf.inTransaction(s -> s.merge(stale)));
        Book current = sf.fromSession(s -> s.find(Book.class, ids[2]));
        assertNotNull(current);
        assertEquals(new BigDecimal("13.00"), current.price);
    }
}
