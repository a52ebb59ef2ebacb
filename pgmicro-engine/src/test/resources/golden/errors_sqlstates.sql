-- the SQLSTATE of every error class issue 2 names, printed alone (psql's VERBOSITY sqlstate)
\set VERBOSITY sqlstate
CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE NOT NULL, qty int CHECK (qty >= 0));
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
INSERT INTO parent VALUES (1, 'a', 1);
INSERT INTO parent VALUES (1, 'b', 1);
INSERT INTO parent VALUES (2, NULL, 1);
INSERT INTO child VALUES (1, 99);
INSERT INTO parent VALUES (3, 'c', -1);
SELECT * FROM nosuch;
SELECT nosuch FROM parent;
SELECT nosuch(1);
SELECT 1::nosuch;
SELECT 'abc'::int;
SELECT '2024-13-45'::date;
SELECT 'not a date'::date;
SELECT '25:61:00'::time;
SELECT '2024-02-30 10:00'::timestamp;
SELECT 2147483647 + 1;
SELECT 1 / 0;
SELECT 12345.678::numeric(5,2);
CREATE TABLE short (v varchar(3));
INSERT INTO short VALUES ('abcdef');
DROP TABLE short;
INSERT INTO parent (id, code, qty) VALUES (4, 'd', 'x');
INSERT INTO parent (id, code, qty) VALUES (4, 'd', true);
SELECT CASE WHEN true THEN 1 ELSE 'a'::text END;
SELEC 1;
BEGIN;
SELECT 1 / 0;
SELECT 1;
ROLLBACK;
\set VERBOSITY default
SELECT 1 / 0;
DROP TABLE child;
DROP TABLE parent;
