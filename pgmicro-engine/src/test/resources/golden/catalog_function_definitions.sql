-- pg_get_functiondef prints a routine's CREATE OR REPLACE statement (psql's \sf and \ef,
-- pg_dump-like tools); regproc and regprocedure read and print user routines' names.
CREATE SCHEMA extra;
CREATE FUNCTION add_to(a int, b text DEFAULT 'x', c varchar DEFAULT 'y', d int DEFAULT 3) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT b || a $$;
CREATE FUNCTION doubled(n int) RETURNS int LANGUAGE plpgsql STRICT AS $$
BEGIN
  RETURN n * 2;
END
$$;
CREATE FUNCTION pairs(a text, OUT x int, OUT y text) LANGUAGE sql STABLE AS 'SELECT 1, a';
CREATE FUNCTION table_of(a text) RETURNS TABLE(p int, q text) LANGUAGE sql AS 'SELECT 1, a';
CREATE FUNCTION several(VARIADIC r int[]) RETURNS SETOF int LANGUAGE sql AS 'SELECT unnest(r)';
CREATE FUNCTION quoted() RETURNS text LANGUAGE sql AS $q$SELECT '$function$'$q$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION extra.hidden(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION extra."Mixed Case"(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE PROCEDURE bump(INOUT a int, b numeric DEFAULT 1) LANGUAGE plpgsql AS $$ BEGIN a := a + 1; END $$;
CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
SELECT p.proname, pg_get_functiondef(p.oid)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname IN ('public', 'extra') ORDER BY n.nspname, p.proname;
SELECT pg_get_functiondef('upper(text)'::regprocedure);
SELECT pg_get_functiondef('now'::regproc);
SELECT pg_get_functiondef(0) IS NULL AS unknown_oid;
SELECT pg_get_functiondef('sum(int4)'::regprocedure);
SELECT 'add_to'::regproc, 'bump'::regproc, 'extra.hidden'::regproc, 'doubled(int)'::regprocedure,
       'extra.hidden(integer)'::regprocedure, 'public.add_to'::regproc::oid = 'add_to(int,text,varchar,int)'::regprocedure::oid AS same;
SELECT 'extra."Mixed Case"'::regproc, 'extra."Mixed Case"(int)'::regprocedure;
SELECT 'hidden'::regproc;
SELECT 'doubled(text)'::regprocedure;
CREATE FUNCTION doubled(n text) RETURNS text LANGUAGE sql AS 'SELECT n || n';
SELECT 'doubled'::regproc;
SELECT to_regproc('doubled'), to_regproc('add_to'), to_regproc('nosuch'), to_regnamespace('extra') IS NOT NULL AS extra,
       to_regnamespace('nosuch'), to_regrole('postgres'), to_regrole('nosuch');
SET search_path = extra, public;
SELECT 'hidden'::regproc, 'hidden(int)'::regprocedure, 'add_to'::regproc;
RESET search_path;
SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_function_arguments(p.oid)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public' ORDER BY p.proname, 2;
SELECT pg_get_function_identity_arguments('upper(text)'::regprocedure);
SELECT format_type(0, NULL), format_type(0, -1), format_type(23, NULL);
