-- Functions that return one value, used in FROM: one row, the column named after the alias
SELECT * FROM upper('quiet') AS result;
SELECT * FROM round(2.55, 1);
SELECT * FROM abs(-4) r;
SELECT * FROM upper(NULL) AS r;
SELECT r, pg_typeof(r) FROM lower('ABC') r;
SELECT * FROM length('four') AS l(n);
-- function-like expressions of the grammar
SELECT * FROM coalesce(NULL, 2, 3);
SELECT * FROM nullif(1, 1) AS n;
SELECT * FROM greatest(1, 5) g(x);
SELECT r FROM coalesce('a', 'b') r;
SELECT d > '2000-01-01' AS recent, pg_typeof(d) FROM current_date d;
-- joined with a table
CREATE TABLE words (w text);
INSERT INTO words VALUES ('alpha'), ('beta');
SELECT w, u FROM words, upper('x') u ORDER BY w;
