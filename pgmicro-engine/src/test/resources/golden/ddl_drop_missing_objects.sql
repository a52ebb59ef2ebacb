-- DROP of objects that do not exist: PostgreSQL checks a qualified name's schema and the
-- argument types first, then names the object; IF EXISTS turns each error into a NOTICE.
CREATE TABLE dm_t (a int);
DROP TABLE IF EXISTS no_such_schema.foo;
DROP TABLE no_such_schema.foo;
DROP TABLE IF EXISTS public.foo, dm_t;
DROP VIEW IF EXISTS no_such_schema.foo;
DROP INDEX IF EXISTS no_such_schema.foo;
DROP SEQUENCE IF EXISTS no_such_schema.foo;
DROP MATERIALIZED VIEW IF EXISTS foo;
DROP MATERIALIZED VIEW foo;
DROP FOREIGN TABLE IF EXISTS no_such_schema.foo;
DROP TYPE IF EXISTS public.foo;
DROP TYPE IF EXISTS public.foo[];
DROP TYPE IF EXISTS no_such_schema.foo;
DROP DOMAIN IF EXISTS public.foo;
DROP SCHEMA IF EXISTS a, b;
-- functions and aggregates
DROP FUNCTION IF EXISTS foo(int, text, int[]);
DROP FUNCTION IF EXISTS foo;
DROP FUNCTION foo;
DROP FUNCTION IF EXISTS no_such_schema.foo();
DROP FUNCTION no_such_schema.foo();
DROP FUNCTION IF EXISTS foo(no_such_type);
DROP FUNCTION foo(no_such_type);
DROP FUNCTION IF EXISTS foo(no_such_schema.no_such_type);
DROP PROCEDURE IF EXISTS foo(int);
DROP AGGREGATE foo(*);
DROP AGGREGATE IF EXISTS foo(*);
DROP AGGREGATE foo(int, text);
DROP AGGREGATE IF EXISTS foo(int ORDER BY text);
DROP AGGREGATE IF EXISTS no_such_schema.foo(int);
-- operators and casts
DROP OPERATOR @#@ (int, int);
DROP OPERATOR IF EXISTS @#@ (int, int), @#@ (int8, int8);
DROP OPERATOR @#@ (NONE, int);
DROP OPERATOR IF EXISTS + (no_such_type, no_such_type);
DROP OPERATOR IF EXISTS no_such_schema.+ (int, int);
DROP CAST (text AS text);
DROP CAST IF EXISTS (text AS text);
DROP CAST IF EXISTS (INTEGER AS no_such_type2);
DROP CAST IF EXISTS (no_such_schema.foo AS INTEGER);
-- objects named by a possibly qualified name
DROP COLLATION IF EXISTS no_such_collation;
DROP COLLATION no_such_collation;
DROP COLLATION "C";
DROP CONVERSION IF EXISTS public.foo;
DROP CONVERSION foo;
DROP STATISTICS IF EXISTS foo;
DROP TEXT SEARCH PARSER IF EXISTS no_such_schema.foo;
DROP TEXT SEARCH DICTIONARY foo;
DROP TEXT SEARCH TEMPLATE IF EXISTS foo;
DROP TEXT SEARCH CONFIGURATION foo;
-- objects named by one identifier
DROP EXTENSION IF EXISTS a, b;
DROP EXTENSION foo;
DROP LANGUAGE foo;
DROP LANGUAGE sql;
DROP ACCESS METHOD IF EXISTS foo;
DROP ACCESS METHOD btree;
DROP FOREIGN DATA WRAPPER IF EXISTS foo;
DROP SERVER foo;
DROP EVENT TRIGGER IF EXISTS foo;
DROP PUBLICATION foo;
DROP SUBSCRIPTION IF EXISTS foo;
DROP ROLE IF EXISTS regress_no_role_1, regress_no_role_2;
DROP USER regress_no_role_1;
DROP TABLESPACE IF EXISTS foo;
-- operator classes and families need their access method
DROP OPERATOR CLASS foo USING btree;
DROP OPERATOR CLASS IF EXISTS no_such_schema.foo USING btree;
DROP OPERATOR FAMILY IF EXISTS foo USING no_such_am;
-- objects on a relation
CREATE TABLE dm_t (a int);
DROP RULE r ON dm_t;
DROP RULE IF EXISTS r ON dm_t;
DROP RULE IF EXISTS r ON no_such_table;
DROP RULE r ON no_such_schema.no_such_table;
DROP POLICY IF EXISTS p ON dm_t;
DROP TRIGGER IF EXISTS t ON no_such_schema.bar;
DROP TABLE dm_t;
