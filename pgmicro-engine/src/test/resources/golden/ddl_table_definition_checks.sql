-- What CREATE TABLE refuses: column references, subqueries, aggregate, window and set-returning
-- functions in DEFAULT, and WITH OIDS; and tables without columns, which it allows.
CREATE TABLE default_expr_column (id int DEFAULT (id));
CREATE TABLE default_expr_column (id int DEFAULT (bar.id));
CREATE TABLE default_expr_agg_column (id int DEFAULT (avg(id)));
CREATE TABLE default_expr_non_column (a int DEFAULT (avg(non_existent)));
CREATE TABLE default_expr_agg (a int DEFAULT (avg(1)));
CREATE TABLE default_expr_agg (a int DEFAULT (select 1));
CREATE TABLE default_expr_agg (a int DEFAULT (generate_series(1,3)));
CREATE TABLE default_expr_win (a int DEFAULT (row_number() over ()));
CREATE TABLE dok (a int DEFAULT 1 + 2, b timestamptz DEFAULT now(), c text DEFAULT lower('X'), d int DEFAULT NULL);
ALTER TABLE dok ALTER COLUMN a SET DEFAULT (a + 1);
ALTER TABLE dok ALTER COLUMN a SET DEFAULT (count(*));
ALTER TABLE dok ALTER COLUMN a SET DEFAULT 5;
CREATE TABLE withoid() WITH (oids);
CREATE TABLE withoid() WITH (oids = true);
CREATE TEMP TABLE withoutoid() WITHOUT OIDS; DROP TABLE withoutoid;
CREATE TEMP TABLE withoutoid() WITH (oids = false); DROP TABLE withoutoid;
CREATE TABLE zc ();
ALTER TABLE zc ADD COLUMN a int;
INSERT INTO zc VALUES (5);
SELECT * FROM zc;
DROP TABLE zc, dok;
