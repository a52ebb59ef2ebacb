package io.pgmicro.samples.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LibraryService {
    private final AuthorRepository authors;
    private final BookRepository books;

    public LibraryService(AuthorRepository authors, BookRepository books) {
        this.authors = authors;
        this.books = books;
    }

    /** Adds a book, and its author when the library has none of that name yet. */
    @Transactional
    public Book addBook(String isbn, String title, String authorName, LocalDate published, BigDecimal price) {
        Author author = authors.findByName(authorName).orElseGet(() -> authors.save(new Author(authorName)));
        return books.saveAndFlush(new Book(isbn, title, author, published, price));
    }

    /** Lowers every price of an author's books by a percentage, rounded to cents. */
    @Transactional
    public int discount(String authorName, int percent) {
        BigDecimal factor = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        var list = books.findByAuthorNameOrderByPublished(authorName);
        list.forEach(book -> book.setPrice(book.getPrice().multiply(factor).setScale(2, RoundingMode.HALF_UP)));
        return list.size();
    }
}
