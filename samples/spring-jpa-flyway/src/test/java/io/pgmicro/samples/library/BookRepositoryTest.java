package io.pgmicro.samples.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgmicro.spring.test.AutoConfigurePgMicro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigurePgMicro
@Transactional
class BookRepositoryTest {
    @Autowired
    BookRepository books;

    @Test
    void derivedQueryJoinsAndOrders() {
        assertThat(books.findByAuthorNameOrderByPublished("Ursula K. Le Guin"))
                .extracting(Book::getTitle)
                .containsExactly("The Left Hand of Darkness", "The Dispossessed");
    }

    @Test
    void containingIgnoreCase() {
        assertThat(books.findByTitleContainingIgnoreCase("CITIES"))
                .extracting(Book::getIsbn)
                .containsExactly("9780156439619");
    }

    @Test
    void aggregatesPerAuthor() {
        List<Object[]> rows = books.catalogueByAuthor();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("Italo Calvino", 1L, new BigDecimal("12.00"));
        assertThat(rows.get(1)).containsExactly("Ursula K. Le Guin", 2L, new BigDecimal("21.49"));
    }

    @Test
    void nativeQueryWithDateParameter() {
        assertThat(books.averagePriceSince(LocalDate.of(1972, 1, 1))).isEqualByComparingTo("11.75");
    }

    @Test
    void pagingAndSorting() {
        var page = books.findAll(org.springframework.data.domain.PageRequest.of(1, 2,
                org.springframework.data.domain.Sort.by("price").descending()));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(Book::getTitle).containsExactly("The Left Hand of Darkness");
    }
}
