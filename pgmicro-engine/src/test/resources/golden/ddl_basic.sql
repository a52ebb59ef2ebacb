-- CREATE/DROP TABLE, IF [NOT] EXISTS, column types and defaults
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0,
    in_stock boolean DEFAULT true,
    added date DEFAULT '2024-01-01'
);
INSERT INTO items (id, name) VALUES (1, 'pen');
SELECT * FROM items;
CREATE TABLE items (id int);
CREATE TABLE IF NOT EXISTS items (id int);
DROP TABLE IF EXISTS no_such_table;
DROP TABLE no_such_table;
DROP TABLE items;
SELECT * FROM items;
CREATE TABLE "MixedCase" ("Id" int, plain int);
INSERT INTO "MixedCase" VALUES (1, 2);
SELECT "Id", plain, PLAIN FROM "MixedCase";
SELECT id FROM "MixedCase";
SELECT * FROM mixedcase;
CREATE TABLE Folded (ColumnA int);
INSERT INTO FOLDED (COLUMNA) VALUES (7);
SELECT columna, ColumnA FROM folded;
CREATE TABLE t_all_types (
    a smallint, b integer, c bigint, d real, e double precision, f numeric,
    g text, h varchar(5), i char(3), j boolean, k date, l time, m timestamp,
    n timestamptz, o interval, p uuid, q json, r jsonb, s bytea, t int[], u text[]
);
INSERT INTO t_all_types VALUES (1, 2, 3, 4.5, 6.25, 7.125, 'text', 'vc', 'ch', true,
    '2024-02-29', '12:34:56', '2024-02-29 12:34:56', '2024-02-29 12:34:56+00', '1 day 2 hours',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": 1}', '{"b": [1, 2]}', '\xdeadbeef', '{1,2,3}', '{x,y}');
SET TimeZone = 'UTC';
SELECT * FROM t_all_types;
CREATE TABLE defaults_demo (
    id int,
    label text DEFAULT 'none',
    n int DEFAULT 40 + 2,
    upper_label text DEFAULT upper('abc')
);
INSERT INTO defaults_demo (id) VALUES (1);
INSERT INTO defaults_demo VALUES (2, DEFAULT, DEFAULT, 'given');
SELECT * FROM defaults_demo ORDER BY id;
DROP TABLE defaults_demo, t_all_types;
DROP TABLE IF EXISTS folded, "MixedCase";
SELECT count(*) FROM pg_tables WHERE schemaname = 'public';
