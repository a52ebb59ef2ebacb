-- Composite types: CREATE TYPE AS (...), text input and output with record_in's and
-- record_out's rules, ROW(...)::type, field selection, comparison, NULL tests, catalog
-- rows, psql's \dT and \d, and DROP TYPE with its dependents.
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE money_line AS (label varchar(10), amount numeric(5,2));
CREATE TYPE pair AS (x integer);
CREATE TYPE dup AS (a integer, a text);
CREATE TABLE holder (id integer, p pair, m money_line);
INSERT INTO holder VALUES (1, ROW(1, 'x'), ROW('rent', 12.5));
INSERT INTO holder VALUES (2, '(2,"y z")', '(food,3)');
INSERT INTO holder VALUES (3, NULL, NULL), (4, ROW(NULL, NULL), '(,)');
INSERT INTO holder VALUES (5, ROW(5, ''), ROW('q"uote', 0));
INSERT INTO holder VALUES (6, ROW(6, 'back\slash'), ROW('(paren)', 1.005));
SELECT * FROM holder ORDER BY id;
SELECT id, (p).a, (p).b, (m).amount FROM holder ORDER BY id;
SELECT (p).* FROM holder WHERE id = 2;
SELECT holder.id, (holder.m).label FROM holder WHERE (holder.p).a > 1 ORDER BY 1;
-- input syntax
SELECT '( 3 ,q)'::pair, '(,)'::pair, '("","")'::pair, '(7,"a,b")'::pair;
SELECT '(1,x,3)'::pair;
SELECT '1,x'::pair;
SELECT '(1,x) junk'::pair;
SELECT '(1'::pair;
SELECT '(a,x)'::pair;
SELECT '(toolonglabel,1)'::money_line;
-- row constructors
SELECT ROW(1, 'x')::pair, ROW('1', 'x')::pair, ROW(1.0, 'x')::pair;
SELECT ROW(1)::pair;
SELECT ROW(1, 2, 3)::pair;
SELECT (ROW(1, 'x')::pair).b, (ROW(4, 'w')).f1;
-- comparison and NULL tests
SELECT id FROM holder WHERE p = ROW(1, 'x')::pair;
SELECT id FROM holder WHERE p = '(2,"y z")' ORDER BY id;
SELECT id, p IS NULL AS is_null, p IS NOT NULL AS not_null FROM holder ORDER BY id;
SELECT ROW(1, 'a')::pair < ROW(1, 'b')::pair AS lt, ROW(2, 'a')::pair > ROW(1, 'z')::pair AS gt,
       ROW(1, 'a')::pair <> ROW(1, 'a')::pair AS ne;
-- ordering is field by field, a NULL field after the others
INSERT INTO holder VALUES (7, ROW(2, 'a'), NULL), (8, ROW(NULL, 'a'), NULL), (9, ROW(2, NULL), NULL);
SELECT id, p FROM holder ORDER BY p, id;
SELECT id, p FROM holder ORDER BY p DESC, id;
SELECT id, p FROM holder ORDER BY p NULLS FIRST, id;
-- nesting and arrays
CREATE TYPE nested AS (n integer, inner_pair pair);
SELECT ROW(1, ROW(2, 'w')::pair)::nested;
SELECT ((ROW(1, ROW(2, 'w')::pair)::nested).inner_pair).b;
SELECT '{"(1,x)","(2,\"y z\")",NULL}'::pair[];
-- catalog
SELECT typname, typtype, typcategory, typrelid <> 0 AS has_class, typarray <> 0 AS has_array
FROM pg_type WHERE typname IN ('pair', '_pair') ORDER BY typname;
SELECT relname, relkind, relnatts FROM pg_class WHERE relname = 'pair';
SELECT attname, atttypid::regtype, atttypmod, attnum FROM pg_attribute WHERE attrelid = 'money_line'::regclass ORDER BY attnum;
\dT
\d money_line
-- DROP TYPE
DROP TYPE pair;
DROP TABLE holder;
DROP TYPE nested;
DROP TYPE pair;
DROP TYPE pair;
DROP TYPE IF EXISTS pair;
DROP TYPE money_line;
