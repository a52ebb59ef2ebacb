-- a view replaced by one that reads itself: an error when it is queried, not a stack overflow
CREATE VIEW rv1 AS SELECT 1 AS a;
CREATE OR REPLACE VIEW rv1 AS SELECT * FROM rv1;
SELECT * FROM rv1;
SELECT count(*) FROM (SELECT * FROM rv1) s;
SELECT 1 AS still_working;
DROP VIEW rv1;
