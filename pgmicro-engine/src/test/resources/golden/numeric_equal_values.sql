-- numeric values that are equal but written with different scales (1 = 1.0 = 1.00) are one
-- value wherever PostgreSQL compares for equality: DISTINCT, GROUP BY, set operations,
-- DISTINCT aggregates, and primary, unique and foreign keys. Which of the equal texts a
-- DISTINCT or GROUP BY shows is not fixed, so the queries show counts or integers.
CREATE TABLE n (x numeric, g int);
INSERT INTO n VALUES (1.0, 1), (1.00, 2), (1, 3), (2.5, 4), (2.50, 5), (NULL, 6), ('NaN', 7), ('NaN', 8);
SELECT count(*) FROM (SELECT DISTINCT x FROM n) s;
SELECT count(*) FROM (SELECT DISTINCT x FROM (VALUES (1.0), (1.00), (1)) v(x)) s;
SELECT count(*) FROM (SELECT DISTINCT x + 0 FROM n) s;
SELECT count(*) FROM (SELECT DISTINCT x, g > 0 FROM n) s;
SELECT count(*) FROM (SELECT DISTINCT ON (x) x, g FROM n) s;
SELECT x::int AS k, count(*) FROM n WHERE x <> 'NaN' GROUP BY x ORDER BY 1;
SELECT (x * 2)::int AS k, count(*) FROM n WHERE x <> 'NaN' GROUP BY x * 2 ORDER BY 1;
SELECT count(DISTINCT x), count(DISTINCT x * 2) FROM n;
SELECT count(*) FROM (SELECT 1.0 UNION SELECT 1.00) s;
SELECT count(*) FROM (SELECT x FROM n UNION SELECT 1.000) s;
SELECT count(*) FROM (SELECT x, g > 0 FROM n UNION SELECT 2.500, true) s;
SELECT count(*) FROM (SELECT 1.0 INTERSECT SELECT 1.00) s;
SELECT count(*) FROM (SELECT x FROM n INTERSECT ALL SELECT 1.000) s;
SELECT count(*) FROM (SELECT x FROM n EXCEPT SELECT 1.000) s;
SELECT count(*) FROM (SELECT x FROM n EXCEPT ALL SELECT 1.000) s;
SELECT count(*) FROM n a JOIN n b ON a.x = b.x;
-- the text of a numeric is a text: different scales are different texts
SELECT count(*) FROM (SELECT DISTINCT x::text FROM n) s;
SELECT x::text FROM n WHERE x::text = '1' ORDER BY g;
-- keys
CREATE TABLE u (x numeric UNIQUE);
INSERT INTO u VALUES (1.0);
INSERT INTO u VALUES (1.00);
INSERT INTO u VALUES (3.0), (3.00);
INSERT INTO u VALUES (1.000) ON CONFLICT DO NOTHING;
INSERT INTO u VALUES (1) ON CONFLICT (x) DO UPDATE SET x = 7;
SELECT x FROM u ORDER BY x;
CREATE TABLE p (x numeric PRIMARY KEY);
INSERT INTO p VALUES (2.0);
INSERT INTO p VALUES (2.00);
CREATE TABLE c (x numeric REFERENCES p);
INSERT INTO c VALUES (2.000);
INSERT INTO c VALUES (3);
SELECT x FROM c;
CREATE TABLE ui (x numeric);
CREATE UNIQUE INDEX ui_x ON ui (x);
INSERT INTO ui VALUES (5);
INSERT INTO ui VALUES (5.0);
SELECT x FROM ui;
-- jsonb and interval values written differently are equal too
SELECT count(*) FROM (SELECT '{"a": 1.0}'::jsonb UNION SELECT '{"a": 1}'::jsonb) s;
SELECT count(*) FROM (SELECT DISTINCT x FROM (VALUES ('1 day'::interval), ('24 hours')) v(x)) s;
SELECT count(*) FROM (SELECT '1 day'::interval UNION SELECT '24 hours'::interval) s;
SELECT count(DISTINCT x) FROM (VALUES ('1 day'::interval), ('24 hours')) v(x);
