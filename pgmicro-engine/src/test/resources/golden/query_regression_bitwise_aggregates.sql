-- Two-variable statistics (regr_*, covar_*, corr) with PostgreSQL's float8 digits, and
-- bit_and/bit_or/bit_xor over integers and bit strings
CREATE TABLE pts (y real, x smallint, g int);
INSERT INTO pts VALUES (56, 100, 1), (-7.88, 0, 1), (1.5, 42, 1), (null, 7, 1), (3, null, 1), (0.1, 3, 2);
SELECT regr_count(y, x), regr_sxx(y, x), regr_syy(y, x), regr_sxy(y, x) FROM pts;
SELECT regr_avgx(y, x), regr_avgy(y, x), regr_r2(y, x) FROM pts;
SELECT regr_slope(y, x), regr_intercept(y, x), covar_pop(y, x), covar_samp(y, x), corr(y, x) FROM pts;
SELECT g, regr_count(y, x), covar_samp(y, x), corr(y, x), regr_slope(y, x) FROM pts GROUP BY g ORDER BY g;
SELECT regr_count(y, x), regr_sxx(y, x), covar_pop(y, x) FROM pts WHERE false;
SELECT covar_pop(1::float8, 'inf'::float8), covar_samp(3::float8, 'nan'::float8), regr_r2(1, 2);
SELECT corr(y, x) FROM (VALUES (1.0::float8, 1.0::float8), (1.0, 2.0)) v(y, x);
SELECT g, covar_pop(y, x) OVER (ORDER BY g, x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM pts WHERE x IS NOT NULL ORDER BY g, x;
SELECT regr_sxx(1e308::float8, 1e308::float8) FROM generate_series(1, 3);
SELECT regr_sxx(x, y) FROM (VALUES (1e308::float8, 1::float8), (-1e308, 2)) v(x, y);
CREATE TABLE bits (i2 int2, i4 int4, i8 int8, b bit(4));
SELECT bit_and(i2), bit_or(i4), bit_xor(i8), bit_and(b) FROM bits;
INSERT INTO bits VALUES (1, 1, 1, B'1100'), (3, 3, 3, B'0100'), (7, 7, 7, B'1101'), (NULL, NULL, NULL, NULL);
SELECT bit_and(i2), bit_or(i2), bit_xor(i2), bit_and(i4), bit_or(i8), bit_xor(i4), pg_typeof(bit_and(i2)) FROM bits;
SELECT bit_and(b), bit_or(b), bit_xor(b) FROM bits;
SELECT bit_or(b) FROM (VALUES (B'10'), (B'101')) v(b);
SELECT booland_statefunc(true, false), boolor_statefunc(true, false), booland_statefunc(NULL, false) IS NULL;
