-- PostgreSQL removes an aggregate's duplicate arguments by sorting them, so the
-- aggregates that keep their input order show DISTINCT values in ascending order.
CREATE TABLE picks (n int, word text, price numeric);
INSERT INTO picks VALUES (3, 'pear', 2.50), (1, 'apple', 1.0), (2, NULL, 1.00), (1, 'Apple', 3), (3, 'pear', NULL);
SELECT array_agg(DISTINCT n) FROM picks;
SELECT string_agg(DISTINCT word, ', ') FROM picks;
SELECT json_agg(DISTINCT n), jsonb_agg(DISTINCT word) FROM picks;
SELECT array_agg(DISTINCT n ORDER BY n DESC) FROM picks;
SELECT n % 2 AS odd, array_agg(DISTINCT word) FROM picks GROUP BY 1 ORDER BY 1;
SELECT count(DISTINCT n), count(DISTINCT price) FROM picks;
