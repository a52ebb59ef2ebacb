-- RETURNING of UPDATE ... FROM and DELETE ... USING: t.* is that item's columns only
CREATE TABLE foo (f1 int, f2 text, f3 int);
INSERT INTO foo VALUES (1, 'test', 42), (2, 'more', 7);
CREATE TABLE bar (f1 int, note text);
INSERT INTO bar VALUES (123456, 'n1'), (123457, 'n2');

UPDATE foo SET f3 = f3 * 2 FROM bar i
  WHERE foo.f1 + 123455 = i.f1
  RETURNING foo.*, i.f1 AS "i.f1";
UPDATE foo SET f3 = f3 + 1 FROM bar i
  WHERE foo.f1 + 123455 = i.f1
  RETURNING i.*, foo.f2;
UPDATE foo SET f3 = f3 + 1 FROM bar i
  WHERE foo.f1 + 123455 = i.f1 AND foo.f1 = 1
  RETURNING *;
DELETE FROM foo USING bar i
  WHERE foo.f1 + 123455 = i.f1 AND foo.f1 = 2
  RETURNING foo.*, i.note;
UPDATE foo SET f2 = 'x' RETURNING foo.*;
