-- information_schema._pg_expandarray (pgjdbc's key and index queries), field selection from
-- its records, int2vector subscripts; user functions, procedures and triggers in pg_proc and
-- pg_trigger, pg_get_triggerdef, and the \df and \d listings of them.
SELECT * FROM information_schema._pg_expandarray(ARRAY[5, 7, 9]);
SELECT x, n FROM information_schema._pg_expandarray(ARRAY['a', 'b']::text[]) AS t(x, n);
SELECT information_schema._pg_expandarray(ARRAY[5, 7]);
SELECT (information_schema._pg_expandarray(ARRAY[5, 7])).n, information_schema._pg_expandarray(ARRAY[5, 7]) AS k;
SELECT (k).x, (k).n FROM (SELECT information_schema._pg_expandarray('{3,4}'::int2[]) AS k) s ORDER BY 2;
SELECT (k).y FROM (SELECT information_schema._pg_expandarray('{3,4}'::int2[]) AS k) s;
SELECT (a).x FROM (SELECT 1 AS a) s;
SELECT (information_schema._pg_expandarray(ARRAY[1])).y;
SELECT _pg_expandarray(ARRAY[1]);
SELECT count(*) FROM information_schema._pg_expandarray('{}'::int[]);
CREATE TABLE gauges (id int PRIMARY KEY, a int, b text, c int);
CREATE INDEX gauges_b_c ON gauges (b DESC, c);
SELECT i.indkey, i.indkey[0] AS first, i.indkey[1] AS second, i.indkey[2] AS past_end, i.indoption[0] & 1 AS desc_bit
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'gauges_b_c';
SELECT i.indkey::int2[] AS keys FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'gauges_b_c';
SELECT r.position, a.attname FROM (SELECT i.indrelid, (information_schema._pg_expandarray(i.indkey)).n AS position,
       information_schema._pg_expandarray(i.indkey) AS keys
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'gauges_b_c') r
  JOIN pg_attribute a ON a.attrelid = r.indrelid AND a.attnum = (r.keys).x
 ORDER BY 1;
SELECT a.attname FROM pg_attribute a JOIN pg_index i ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
  JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'gauges_b_c' ORDER BY 1;
CREATE FUNCTION add_one(n int, VARIADIC rest int[]) RETURNS int LANGUAGE sql AS 'SELECT n + 1';
CREATE FUNCTION pair(a int DEFAULT 1, OUT x int, OUT y text) LANGUAGE sql AS 'SELECT 1, ''a''::text';
CREATE FUNCTION rows_of(a text) RETURNS TABLE(p int, q text) LANGUAGE sql AS 'SELECT 1, a';
CREATE FUNCTION numbers() RETURNS SETOF int LANGUAGE sql AS 'SELECT 1';
CREATE PROCEDURE bump(INOUT a int, b numeric) LANGUAGE plpgsql AS 'BEGIN a := a + 1; END';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
SELECT p.proname, pg_get_function_result(p.oid), pg_get_function_arguments(p.oid), p.prorettype::regtype,
       p.proargtypes, p.proallargtypes, p.proargmodes, p.proargnames, p.pronargs, p.pronargdefaults, p.prokind,
       p.proretset, l.lanname, p.provariadic::regtype
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
 WHERE n.nspname = 'public' ORDER BY 1;
CREATE SCHEMA other;
CREATE FUNCTION other.hidden(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
\df
\df add*
\df other.*
SELECT p.oid::regproc, pg_function_is_visible(p.oid) FROM pg_proc p WHERE p.proname IN ('hidden', 'touch') ORDER BY 1;
CREATE TRIGGER gauges_touch BEFORE INSERT OR UPDATE OF a, b ON gauges FOR EACH ROW WHEN (NEW.a > 0)
  EXECUTE FUNCTION touch('x', 'y z');
CREATE TRIGGER gauges_audit AFTER DELETE ON gauges EXECUTE FUNCTION touch();
SELECT t.tgname, t.tgtype, t.tgenabled, t.tgisinternal, t.tgnargs, t.tgargs, t.tgattr, t.tgfoid::regproc,
       pg_get_triggerdef(t.oid), pg_get_triggerdef(t.oid, true)
  FROM pg_trigger t WHERE t.tgrelid = 'gauges'::regclass ORDER BY 1;
\d gauges
SELECT pg_get_triggerdef(0), pg_relation_is_publishable('gauges'), pg_relation_is_publishable('pg_class');
SELECT count(*) FROM pg_partition_ancestors('gauges');
