-- TRUNCATE and foreign keys: which referencing table an error names, the order of the
-- cascade notices, circular references
CREATE TABLE parent_a (id int PRIMARY KEY);
CREATE TABLE child_b (a int REFERENCES parent_a);
CREATE TABLE parent_c (id serial PRIMARY KEY);
CREATE TABLE child_d (c int REFERENCES parent_c);
CREATE TABLE child_e (a int REFERENCES parent_a, c int REFERENCES parent_c);

TRUNCATE parent_a;
TRUNCATE parent_a, child_b;
TRUNCATE parent_a, child_b, child_e;
TRUNCATE parent_c, child_e;
TRUNCATE parent_c, parent_c, child_d, child_e;
TRUNCATE parent_a RESTRICT;
TRUNCATE parent_a CASCADE;

-- a foreign key added to a table others reference keeps their references working
ALTER TABLE parent_a ADD FOREIGN KEY (id) REFERENCES parent_c;
INSERT INTO parent_c VALUES (1);
INSERT INTO parent_a VALUES (1);
INSERT INTO child_b VALUES (1);
INSERT INTO child_d VALUES (1);
INSERT INTO child_e VALUES (1, 1);
INSERT INTO child_b VALUES (2);
TRUNCATE parent_c;
TRUNCATE parent_c, parent_a;
TRUNCATE parent_c CASCADE;
SELECT (SELECT count(*) FROM parent_a) AS a, (SELECT count(*) FROM child_b) AS b,
       (SELECT count(*) FROM parent_c) AS c, (SELECT count(*) FROM child_d) AS d,
       (SELECT count(*) FROM child_e) AS e;

-- circular references are emptied together
INSERT INTO parent_c VALUES (1);
INSERT INTO parent_a VALUES (1);
INSERT INTO child_e VALUES (1, 1);
TRUNCATE parent_c, parent_a, child_b, child_d, child_e;
SELECT count(*) FROM parent_a;

-- RESTART IDENTITY, and in a transaction that rolls back
INSERT INTO parent_c DEFAULT VALUES;
INSERT INTO parent_c DEFAULT VALUES;
BEGIN;
TRUNCATE parent_c, parent_a, child_b, child_d, child_e RESTART IDENTITY;
SELECT count(*) FROM parent_c;
ROLLBACK;
SELECT id FROM parent_c ORDER BY id;
TRUNCATE parent_c CASCADE;
TRUNCATE parent_c RESTART IDENTITY CASCADE;
INSERT INTO parent_c DEFAULT VALUES RETURNING id;

TRUNCATE nosuch;
CREATE VIEW parent_v AS SELECT * FROM parent_a;
TRUNCATE parent_v;
