-- Engine aggregates (sum, avg, array_agg, string_agg, json_agg ...) over window frames that are
-- empty for some rows, and with FILTER: NULL for the empty frames, 0 for count.
CREATE TABLE t (x int, g int);
INSERT INTO t VALUES (1, 1), (2, 1), (3, 1), (4, 2), (5, 2);
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING),
       count(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING),
       count(*) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING)
FROM t ORDER BY x;
SELECT x, sum(x) FILTER (WHERE x > 1) OVER (ORDER BY x),
       count(*) FILTER (WHERE x > 1) OVER (ORDER BY x),
       avg(x) FILTER (WHERE x > 2) OVER ()
FROM t ORDER BY x;
SELECT x, g, sum(x) OVER (PARTITION BY g ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING),
       array_agg(x) OVER (PARTITION BY g ORDER BY x ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING)
FROM t ORDER BY x;
SELECT x, sum(x) OVER (ORDER BY x ROWS CURRENT ROW EXCLUDE CURRENT ROW),
       string_agg(x::text, ',') OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP)
FROM t ORDER BY x;
-- named windows, and a window that adds a frame to a named one
SELECT x, sum(x) OVER w, avg(x) OVER (w2 ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING)
FROM t WINDOW w AS (PARTITION BY g ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING), w2 AS (ORDER BY x)
ORDER BY x;
SELECT x, sum(x) FILTER (WHERE x <> 3) OVER w, sum(x) FILTER (WHERE x <> 3) OVER (w ORDER BY x)
FROM t WINDOW w AS (PARTITION BY g) ORDER BY x;
-- RANGE and GROUPS offsets that leave the current row out
SELECT x, sum(x::numeric) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING),
       min(x::numeric) OVER (ORDER BY x GROUPS BETWEEN 2 PRECEDING AND 1 PRECEDING),
       max(x::numeric) OVER (ORDER BY x RANGE BETWEEN 1 FOLLOWING AND 3 FOLLOWING)
FROM t ORDER BY x;
SELECT x, json_agg(x) FILTER (WHERE x > 2) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW),
       bool_and(x > 1) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING)
FROM t ORDER BY x;
-- an empty table, and a one-row frame that a FILTER rejects
SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) FROM t WHERE false;
SELECT x, sum(x) FILTER (WHERE x > 9) OVER (ORDER BY x ROWS CURRENT ROW) FROM t ORDER BY x;
-- PostgreSQL does not implement these for window functions
SELECT sum(DISTINCT x) OVER () FROM t;
SELECT array_agg(x ORDER BY x) OVER () FROM t;
DROP TABLE t;
