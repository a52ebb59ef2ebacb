-- WITH and WITH RECURSIVE
WITH t AS (SELECT 1 AS x UNION ALL SELECT 2) SELECT sum(x) FROM t;
WITH a AS (SELECT 1 AS n), b AS (SELECT n + 1 AS n FROM a) SELECT * FROM a, b;
WITH t(x, y) AS (VALUES (1, 'one'), (2, 'two')) SELECT y FROM t ORDER BY x DESC;
WITH RECURSIVE nums(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 5) SELECT n FROM nums;
WITH RECURSIVE fib(a, b) AS (SELECT 0::bigint, 1::bigint UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib;
CREATE TABLE tree (id int, parent int, name text);
INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 4, 'a1x'), (6, 3, 'b1');
WITH RECURSIVE sub AS (
    SELECT id, name, 0 AS depth, name AS path FROM tree WHERE parent IS NULL
    UNION ALL
    SELECT t.id, t.name, s.depth + 1, s.path || '/' || t.name FROM tree t JOIN sub s ON t.parent = s.id
)
SELECT id, depth, path FROM sub ORDER BY path;
WITH RECURSIVE up AS (SELECT id, parent FROM tree WHERE id = 5 UNION SELECT t.id, t.parent FROM tree t JOIN up ON t.id = up.parent)
SELECT id FROM up ORDER BY id;
WITH RECURSIVE c(n) AS (SELECT 1 UNION SELECT n FROM c) SELECT count(*) FROM c;
WITH x AS (SELECT 1) SELECT * FROM y;
WITH moved AS (DELETE FROM tree WHERE parent = 4 RETURNING *) INSERT INTO tree SELECT id + 100, 1, name || '!' FROM moved RETURNING id, name;
SELECT * FROM tree ORDER BY id;
WITH counts AS (SELECT parent, count(*) AS c FROM tree GROUP BY parent)
SELECT t.name, coalesce(c.c, 0) AS children FROM tree t LEFT JOIN counts c ON c.parent = t.id ORDER BY t.name;
WITH t AS MATERIALIZED (SELECT 5 AS v), u AS NOT MATERIALIZED (SELECT v * 2 AS w FROM t) SELECT * FROM u;
WITH t AS (SELECT 1 AS a), t AS (SELECT 2 AS a) SELECT * FROM t;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n, (SELECT count(*) FROM r) FROM r ORDER BY n;
DROP TABLE tree;
