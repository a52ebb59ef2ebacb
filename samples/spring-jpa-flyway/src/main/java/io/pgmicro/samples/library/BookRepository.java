package io.pgmicro.samples.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookRepository extends JpaRepository<Book, Long> {
    List<Book> findByAuthorNameOrderByPublished(String authorName);

    List<Book> findByTitleContainingIgnoreCase(String fragment);

    @Query("select b.author.name, count(b), sum(b.price) from Book b group by b.author.name order by b.author.name")
    List<Object[]> catalogueByAuthor();

    @Query(value = "SELECT round(avg(price), 2) FROM book WHERE published >= ?1", nativeQuery = true)
    BigDecimal averagePriceSince(LocalDate date);
}
