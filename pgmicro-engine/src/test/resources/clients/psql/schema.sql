-- The schema psql's describe commands list in PsqlMetaCommandsTest, on PostgreSQL and on pgmicro alike.
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE SCHEMA extra;
CREATE TYPE extra.size AS ENUM ('small', 'large');
CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL UNIQUE, feeling mood);
CREATE TABLE books (id int PRIMARY KEY, author_id int REFERENCES authors (id) ON DELETE CASCADE, title varchar(200),
    pages int CHECK (pages > 0));
CREATE INDEX books_title ON books (title DESC, pages);
CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 500;
CREATE SEQUENCE tickets START 10 INCREMENT 5;
CREATE TABLE extra.notes (id int, body text);
CREATE FUNCTION add_one(n int, VARIADIC rest int[]) RETURNS int LANGUAGE sql AS 'SELECT n + 1';
CREATE FUNCTION pair(a int DEFAULT 1, OUT x int, OUT y text) LANGUAGE sql AS 'SELECT 1, ''a''::text';
CREATE FUNCTION rows_of(a text) RETURNS TABLE(p int, q text) LANGUAGE sql AS 'SELECT 1, a';
CREATE FUNCTION numbers() RETURNS SETOF int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION extra.hidden(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
CREATE PROCEDURE bump(INOUT a int, b numeric) LANGUAGE plpgsql AS 'BEGIN a := a + 1; END';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER books_touch BEFORE INSERT OR UPDATE OF title, pages ON books FOR EACH ROW WHEN (NEW.pages > 0)
    EXECUTE FUNCTION touch('x', 'y z');
CREATE TRIGGER books_audit AFTER DELETE ON books EXECUTE FUNCTION touch();
CREATE TRIGGER authors_off AFTER INSERT ON authors FOR EACH ROW EXECUTE FUNCTION touch();
ALTER DATABASE pgmicro_psql_capture SET work_mem = '8MB';
ALTER DATABASE pgmicro_psql_capture SET statement_timeout = '1min';
