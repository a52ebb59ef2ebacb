package io.pgmicro.samples.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgmicro.spring.test.AutoConfigurePgMicro;
import io.pgmicro.spring.test.AutoConfigurePgMicro.RefreshMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each test rolls back (@Transactional), which isolates them on any database; on pgmicro the
 * database is also reset from the migrated template before each test.
 */
@SpringBootTest
@AutoConfigurePgMicro(refresh = RefreshMode.BEFORE_EACH_TEST_METHOD)
@Transactional
class LibraryServiceTest {
    @Autowired
    LibraryService library;

    @Autowired
    AuthorRepository authors;

    @Autowired
    BookRepository books;

    @Test
    void addingABookByANewAuthorAddsTheAuthor() {
        Book book = library.addBook("9780060512750", "The Lathe of Heaven", "Ursula K. Le Guin",
                LocalDate.of(1971, 1, 1), new BigDecimal("8.40"));
        assertThat(book.getId()).isNotNull();
        assertThat(authors.count()).isEqualTo(2);

        library.addBook("9780374529574", "Pedro Páramo", "Juan Rulfo", LocalDate.of(1955, 1, 1), new BigDecimal("10.00"));
        assertThat(authors.findByName("Juan Rulfo")).isPresent();
        assertThat(books.count()).isEqualTo(5);
    }

    @Test
    void aDuplicateIsbnIsAUniqueViolation() {
        assertThatThrownBy(() -> library.addBook("9780156439619", "Invisible Cities (again)", "Italo Calvino",
                null, BigDecimal.ONE))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("book_isbn_key");
    }

    @Test
    void aNegativePriceViolatesTheCheck() {
        assertThatThrownBy(() -> library.addBook("9780000000001", "Debt", "Italo Calvino", null, new BigDecimal("-1")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("book_price_check");
    }

    @Test
    void discountRoundsToCents() {
        assertThat(library.discount("Ursula K. Le Guin", 15)).isEqualTo(2);
        books.flush();
        assertThat(books.findByAuthorNameOrderByPublished("Ursula K. Le Guin"))
                .extracting(Book::getPrice)
                .containsExactly(new BigDecimal("8.49"), new BigDecimal("9.78"));
    }
}
