-- SQL-level PREPARE / EXECUTE / DEALLOCATE and the pg_prepared_statements view
CREATE TABLE items (id int PRIMARY KEY, label text, price numeric(8,2));
INSERT INTO items VALUES (1, 'one', 1.50), (2, 'two', 2.25), (3, 'three', 3.00);

SELECT name, statement, parameter_types FROM pg_prepared_statements;

PREPARE by_id(int) AS SELECT id, label, price FROM items WHERE id = $1;
EXECUTE by_id(2);
EXECUTE by_id('3');
EXECUTE by_id(1.4);

-- parameter types come from the declaration or from how the statement uses them
PREPARE cheaper AS SELECT label FROM items WHERE price < $1 ORDER BY id;
EXECUTE cheaper(3);
PREPARE untyped(unknown, text) AS SELECT $1 || $2 AS joined;
EXECUTE untyped('a', 'b');
PREPARE sum2(int, float8) AS SELECT $1 + $2 AS s;
EXECUTE sum2(1::bigint, 2::numeric);
SELECT name, statement, parameter_types, from_sql FROM pg_prepared_statements ORDER BY name;

-- errors
PREPARE by_id AS SELECT 1;
EXECUTE nosuch;
EXECUTE nosuch(1);
DEALLOCATE nosuch;
EXECUTE by_id;
EXECUTE by_id(1, 2);
EXECUTE sum2(1, true);
EXECUTE sum2('x', 2);
PREPARE badtype(nonexistenttype) AS SELECT $1;
PREPARE badtable AS SELECT * FROM nosuchtable;
PREPARE notquery AS CREATE TABLE t (a int);

-- names fold to lower case unless quoted
PREPARE Mixed AS SELECT 'mixed' AS m;
EXECUTE mixed;
EXECUTE "Mixed";

-- DML, with RETURNING and without
PREPARE add_item(int, text, numeric) AS INSERT INTO items VALUES ($1, $2, $3);
EXECUTE add_item(4, 'four', 4.75);
PREPARE rename_item(int, text) AS UPDATE items SET label = $2 WHERE id = $1 RETURNING id, label;
EXECUTE rename_item(4, 'FOUR');
PREPARE drop_item(int) AS DELETE FROM items WHERE id = $1;
EXECUTE drop_item(4);
EXECUTE drop_item(4);
SELECT * FROM items ORDER BY id;

-- a prepared statement outlives the transaction that made it
BEGIN;
PREPARE in_block AS SELECT count(*) FROM items;
ROLLBACK;
EXECUTE in_block;

-- plan counters: no parameters is a generic plan, parameters start with custom plans
SELECT name, generic_plans, custom_plans FROM pg_prepared_statements
    WHERE name IN ('in_block', 'by_id', 'cheaper', 'badtable') ORDER BY name;

-- CREATE TABLE AS EXECUTE
CREATE TABLE cheap_items AS EXECUTE cheaper(3);
SELECT * FROM cheap_items;
CREATE TABLE no_items AS EXECUTE by_id(1) WITH NO DATA;
SELECT * FROM no_items;
CREATE TABLE bad_ctas AS EXECUTE add_item(5, 'five', 5);

-- regtype[] prints type names
SELECT '{int4,float8,text}'::regtype[] AS types;

DEALLOCATE PREPARE by_id;
DEALLOCATE cheaper;
SELECT name FROM pg_prepared_statements ORDER BY name;
DEALLOCATE ALL;
SELECT count(*) FROM pg_prepared_statements;
EXECUTE sum2(1, 2);
