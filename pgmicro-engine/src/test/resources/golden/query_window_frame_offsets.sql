-- frame offsets written as casts of constants (SQLite cannot evaluate a function there)
CREATE TABLE t (four int, unique1 int);
INSERT INTO t SELECT i % 4, i FROM generate_series(0, 9) i;
SELECT unique1, four, sum(unique1) OVER (ORDER BY four RANGE BETWEEN 2::int8 PRECEDING AND 1::int2 PRECEDING)
FROM t ORDER BY unique1;
SELECT unique1, four, sum(unique1) OVER (ORDER BY four DESC RANGE BETWEEN 2::int8 PRECEDING AND 6::int2 FOLLOWING EXCLUDE TIES)
FROM t ORDER BY unique1;
SELECT unique1, sum(unique1) OVER (ORDER BY unique1 ROWS BETWEEN 1::smallint PRECEDING AND 2::bigint FOLLOWING),
       count(*) OVER (ORDER BY four GROUPS BETWEEN 1::int2 PRECEDING AND CURRENT ROW)
FROM t ORDER BY unique1;
SELECT unique1, sum(unique1) OVER (PARTITION BY four ORDER BY unique1 RANGE BETWEEN 5::int8 PRECEDING AND 6::int2 FOLLOWING)
FROM t ORDER BY unique1;
DROP TABLE t;
