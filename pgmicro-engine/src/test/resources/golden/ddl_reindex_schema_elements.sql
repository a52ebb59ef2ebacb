-- REINDEX checks and messages
CREATE TABLE ri_t (a int PRIMARY KEY, b int UNIQUE, c int);
CREATE INDEX ri_c ON ri_t (c);
CREATE TABLE ri_empty (a int);
CREATE VIEW ri_v AS SELECT 1 AS x;
REINDEX TABLE ri_t;
REINDEX INDEX ri_c;
REINDEX TABLE no_such_table;
REINDEX TABLE no_such_schema.t;
REINDEX INDEX no_such_index;
REINDEX INDEX ri_t;
REINDEX TABLE ri_c;
REINDEX TABLE ri_v;
REINDEX TABLE ri_empty;
REINDEX TABLE CONCURRENTLY ri_empty;
REINDEX (VERBOSE) TABLE ri_empty;
\set VERBOSITY terse
REINDEX (VERBOSE) INDEX ri_c;
\set VERBOSITY default
REINDEX (BOGUS) TABLE ri_t;
REINDEX (TABLESPACE no_such_tablespace) TABLE ri_t;
REINDEX SCHEMA no_such_schema;
REINDEX SCHEMA public;
REINDEX TABLE pg_class;
REINDEX TABLE CONCURRENTLY pg_class;
REINDEX SCHEMA CONCURRENTLY pg_catalog;
BEGIN;
REINDEX TABLE ri_t;
REINDEX TABLE CONCURRENTLY ri_t;
ROLLBACK;
BEGIN;
REINDEX SCHEMA public;
ROLLBACK;
BEGIN;
CREATE INDEX CONCURRENTLY ri_b ON ri_t (b);
ROLLBACK;
BEGIN;
DROP INDEX CONCURRENTLY ri_c;
ROLLBACK;
DROP INDEX CONCURRENTLY ri_c, ri_t_b_key;
DROP INDEX CONCURRENTLY IF EXISTS no_such_index;
-- ALTER INDEX RENAME and COMMENT ON INDEX
ALTER INDEX ri_c RENAME TO ri_c2;
ALTER INDEX ri_t_b_key RENAME TO ri_t_b_unique;
ALTER INDEX no_such_index RENAME TO x;
ALTER INDEX IF EXISTS no_such_index RENAME TO x;
ALTER INDEX ri_c2 RENAME TO ri_v;
SELECT pg_get_indexdef('ri_c2'::regclass);
SELECT conname FROM pg_constraint WHERE conrelid = 'ri_t'::regclass ORDER BY 1;
INSERT INTO ri_t VALUES (1, 1, 1);
INSERT INTO ri_t VALUES (2, 1, 1);
COMMENT ON INDEX ri_c2 IS 'an index on c';
COMMENT ON INDEX no_such_index IS 'none';
SELECT obj_description('ri_c2'::regclass, 'pg_class');
COMMENT ON INDEX ri_c2 IS NULL;
SELECT obj_description('ri_c2'::regclass, 'pg_class');
-- CREATE SCHEMA with elements: tables before views before indexes, in the new schema
CREATE SCHEMA se_1
       CREATE UNIQUE INDEX se_abc_a_idx ON abc (a)
       CREATE VIEW abc_view AS
              SELECT a+1 AS a, b+1 AS b FROM abc
       CREATE TABLE abc (
              a serial,
              b int UNIQUE
       );
SELECT count(*) FROM pg_class WHERE relnamespace = 'se_1'::regnamespace;
SELECT * FROM se_1.abc_view;
CREATE SCHEMA se_2
       CREATE VIEW abc_view AS SELECT c FROM abc;
CREATE SCHEMA se_3
       CREATE TABLE se_1.t (a int);
CREATE SCHEMA IF NOT EXISTS se_1
       CREATE TABLE t (a int);
CREATE SCHEMA AUTHORIZATION postgres;
CREATE SCHEMA se_4 AUTHORIZATION regress_no_such_role;
SELECT nspname FROM pg_namespace WHERE nspname LIKE 'se\_%' OR nspname = 'postgres' ORDER BY 1;
SET search_path TO public, se_1;
INSERT INTO se_1.abc DEFAULT VALUES;
INSERT INTO se_1.abc DEFAULT VALUES;
SELECT * FROM se_1.abc_view;
DROP SCHEMA se_1 CASCADE;
RESET search_path;
DROP SCHEMA postgres;
DROP TABLE ri_t, ri_empty;
DROP VIEW ri_v;
