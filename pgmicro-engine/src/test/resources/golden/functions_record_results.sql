-- Functions whose result has several columns: OUT parameters, RETURNS TABLE, RETURNS
-- record with a column definition list, RETURNS a composite type; in LANGUAGE sql and
-- plpgsql; called in FROM, in the select list, with (f(...)).x and (f(...)).*.
CREATE FUNCTION two_outs(x integer, OUT a integer, OUT b text) LANGUAGE sql AS $$ SELECT x, 'v' || x $$;
SELECT * FROM two_outs(1);
SELECT two_outs(2);
SELECT (two_outs(3)).a, (two_outs(3)).b;
SELECT (two_outs(4)).*;
SELECT * FROM two_outs(5) AS t(c, d);
SELECT t.b FROM two_outs(6) AS t;
SELECT * FROM two_outs(7) AS t(a integer, b text);
-- an overload with one OUT column is still callable, and names its FROM column
CREATE FUNCTION one_out(x integer, OUT doubled integer) LANGUAGE sql AS $$ SELECT x * 2 $$;
CREATE FUNCTION one_out(x text, OUT a integer, OUT b integer) LANGUAGE sql AS $$ SELECT 1, 2 $$;
SELECT * FROM one_out(21);
SELECT * FROM one_out('x'::text);
CREATE FUNCTION unnamed_outs(integer, OUT integer, OUT text) LANGUAGE sql AS $$ SELECT $1, $1::text $$;
SELECT * FROM unnamed_outs(8);
-- RETURNS TABLE, a set
CREATE FUNCTION squares(n integer) RETURNS TABLE (i integer, sq bigint)
    LANGUAGE sql AS $$ SELECT g, g::bigint * g FROM generate_series(1, n) g $$;
SELECT * FROM squares(3);
SELECT squares(2);
SELECT (squares(3)).sq;
SELECT * FROM squares(2) WITH ORDINALITY;
SELECT s.i + s.sq AS total FROM squares(3) s WHERE s.i > 1;
CREATE FUNCTION one_column_table(n integer) RETURNS TABLE (v integer) LANGUAGE sql AS $$ SELECT n $$;
SELECT * FROM one_column_table(9);
-- RETURNS record and SETOF record take a column definition list
CREATE FUNCTION anon() RETURNS record LANGUAGE sql AS $$ SELECT 1, 2 $$;
SELECT anon();
SELECT * FROM anon() AS t(a integer, b integer);
SELECT * FROM anon() AS t(a integer, b text);
SELECT * FROM anon();
SELECT * FROM two_outs(1) AS t(a integer, b text);
SELECT * FROM abs(1) AS t(a integer);
CREATE FUNCTION anon_rows() RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, 'a'::text UNION ALL SELECT 2, 'b' $$;
SELECT * FROM anon_rows() AS t(n integer, s text) ORDER BY n;
-- NULL results and empty sets
CREATE FUNCTION no_row(OUT a integer, OUT b integer) LANGUAGE sql AS $$ SELECT 1, 2 WHERE false $$;
SELECT * FROM no_row();
SELECT no_row() IS NULL AS is_null;
-- a composite type as the result
CREATE TYPE point3 AS (x integer, y integer, label text);
CREATE FUNCTION make_point(n integer) RETURNS point3 LANGUAGE sql AS $$ SELECT n, n * 2, 'p' || n $$;
SELECT make_point(1);
SELECT * FROM make_point(2);
SELECT (make_point(3)).label;
CREATE FUNCTION points(n integer) RETURNS SETOF point3 LANGUAGE sql
    AS $$ SELECT g, -g, NULL FROM generate_series(1, n) g $$;
SELECT * FROM points(2);
-- PL/pgSQL: OUT parameters assigned in the body
CREATE FUNCTION pl_outs(x integer, OUT a integer, OUT b text) LANGUAGE plpgsql AS $$
BEGIN
    a := x * 2;
    b := 'v' || x;
END $$;
SELECT * FROM pl_outs(3);
SELECT pl_outs(4), (pl_outs(5)).b;
CREATE FUNCTION pl_inout(INOUT a integer, OUT b integer) LANGUAGE plpgsql AS $$
BEGIN
    b := a + 1;
    a := a * 10;
END $$;
SELECT * FROM pl_inout(4);
CREATE FUNCTION pl_early(x integer, OUT a integer, OUT b text) LANGUAGE plpgsql AS $$
BEGIN
    a := x;
    IF x > 0 THEN
        b := 'positive';
        RETURN;
    END IF;
    b := 'other';
END $$;
SELECT * FROM pl_early(1) UNION ALL SELECT * FROM pl_early(-1);
-- RETURN NEXT with OUT parameters, RETURN QUERY with several columns
CREATE FUNCTION pl_table(n integer) RETURNS TABLE (i integer, sq integer) LANGUAGE plpgsql AS $$
BEGIN
    FOR k IN 1..n LOOP
        i := k;
        sq := k * k;
        RETURN NEXT;
    END LOOP;
END $$;
SELECT * FROM pl_table(3);
CREATE FUNCTION pl_setof_outs(OUT a integer, OUT b integer) RETURNS SETOF record LANGUAGE plpgsql AS $$
BEGIN
    a := 1; b := 2; RETURN NEXT;
    a := 3; RETURN NEXT;
END $$;
SELECT * FROM pl_setof_outs();
CREATE FUNCTION pl_query(n integer) RETURNS TABLE (i integer, t text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY SELECT g, 'x' || g FROM generate_series(1, n) g;
    RETURN QUERY SELECT 100, 'last';
END $$;
SELECT * FROM pl_query(2);
SELECT pl_query(1);
CREATE FUNCTION pl_bad_query() RETURNS TABLE (i integer, t text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY SELECT 1;
END $$;
SELECT * FROM pl_bad_query();
-- records returned whole
CREATE FUNCTION pl_record() RETURNS record LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
    SELECT 1 AS a, 'z' AS b INTO r;
    RETURN r;
END $$;
SELECT * FROM pl_record() AS t(a integer, b text);
CREATE FUNCTION pl_rows() RETURNS SETOF record LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY SELECT 1, 'a'::text;
    RETURN NEXT ROW(2, 'b'::text);
END $$;
SELECT * FROM pl_rows() AS t(x integer, y text);
CREATE FUNCTION pl_point(n integer) RETURNS point3 LANGUAGE plpgsql AS $$
DECLARE p point3;
BEGIN
    p := ROW(n, n + 1, 'pl');
    RETURN p;
END $$;
SELECT pl_point(1), (pl_point(2)).y;
SELECT * FROM pl_point(3);
