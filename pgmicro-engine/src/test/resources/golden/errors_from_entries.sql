-- references to FROM entries that exist but cannot be reached under that name
CREATE TABLE ut (a int PRIMARY KEY, b int);
CREATE TABLE ut2 (a int, c int);
UPDATE ut AS t SET b = ut.b + 10 WHERE t.a = 10;
SELECT ut.a FROM ut t;
SELECT ut.* FROM ut t;
SELECT x.a FROM (ut x JOIN ut2 y USING (a)) j;
SELECT ut.a FROM ut t, ut u;
SELECT t.a FROM ut t WHERE EXISTS (SELECT ut.a FROM ut2);
SELECT nosuch.a FROM ut;
SELECT ut.a FROM (SELECT * FROM ut) s;
DELETE FROM ut AS t WHERE ut.a = 1;
INSERT INTO ut VALUES (1, 2) RETURNING excluded.a;
INSERT INTO ut VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b RETURNING excluded.b;
INSERT INTO ut AS t VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = ut.b;
INSERT INTO ut AS t VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b + t.b RETURNING t.*;
