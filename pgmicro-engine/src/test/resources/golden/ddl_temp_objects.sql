-- TEMP tables and views live in the session's temporary schema, searched before public
CREATE TEMP TABLE scratch (a int);
INSERT INTO scratch VALUES (1);
CREATE TABLE scratch (b text);
INSERT INTO scratch VALUES (2);
SELECT * FROM scratch;
SELECT * FROM public.scratch;
CREATE TEMP VIEW scratch_view AS SELECT a * 10 AS a10 FROM scratch;
SELECT * FROM scratch_view;
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name;
SELECT count(*) AS temp_tables FROM information_schema.tables WHERE table_schema LIKE 'pg_temp%';
CREATE TEMP TABLE public.not_temp (a int);
CREATE TEMPORARY SEQUENCE scratch_seq;
SELECT nextval('scratch_seq');
DROP VIEW scratch_view;
DROP TABLE scratch;
SELECT * FROM scratch;
DROP TABLE scratch;
