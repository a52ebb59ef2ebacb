-- how psql lays out results: alignment, NULLs, multi-line and wide values
SELECT 1 AS n, 'text' AS t, NULL AS nothing, true AS yes, false AS no;
SELECT NULL::int AS i, NULL::text AS t, ''::text AS empty;
SELECT 'line one
line two
three' AS multi, 42 AS answer, 'x' AS tail;
SELECT E'a\nb' AS first, E'c\nd\ne' AS second, E'last\n' AS third;
SELECT 'Δ' AS greek, 'ü' AS umlaut, '日本語テキスト' AS cjk, 'mixed 日本 text' AS mix;
SELECT repeat('long value ', 12) AS wide;
SELECT 12345678901234 AS big, -1 AS neg, 0.5 AS frac, 1e-10::float8 AS tiny, 'abc'::text AS str;
SELECT x AS "x", x * x AS "x squared", repeat('*', x) AS bar FROM generate_series(1, 5) AS x;
SELECT 1 AS "Weird ""quoted"" header", 2 AS "with space", 3 AS "UPPER";
SELECT 'a' AS "multi
line header", 1 AS n;
SELECT E'tab\tseparated' AS t, E'cr\rhere' AS cr, E'bell\x07' AS bell;
SELECT ARRAY['x', NULL, 'y z'] AS arr, ROW(1, 'a', NULL) AS rec, '{"k": [1, null]}'::jsonb AS doc;
SELECT * FROM (VALUES (1, 'one'), (22, 'twenty-two'), (333, NULL)) AS v(num, word);
SELECT WHERE false;
SELECT;
SELECT 1 WHERE false;
CREATE TABLE wide (a int, b text, c numeric, d boolean, e date, f float8, g bigint);
INSERT INTO wide VALUES (1, 'b', 1.50, true, '2024-01-02', 0.25, 9007199254740993), (NULL, NULL, NULL, NULL, NULL, NULL, NULL);
SELECT * FROM wide ORDER BY a NULLS LAST;
SELECT count(*) FROM wide;
\echo plain echo
\echo 'quoted   words' and "double quoted"
\set answer 42
\echo :answer
SELECT :answer AS interpolated, :'answer' AS as_literal;
\set tbl wide
SELECT count(*) FROM :tbl;
\unset answer
\echo :answer
SELECT 1 AS a; SELECT 2 AS b;
SELECT 'semicolon; inside' AS s; -- trailing comment
/* block comment */ SELECT 3 AS c;
SELECT 4
  AS spread
  ;
DROP TABLE wide;
