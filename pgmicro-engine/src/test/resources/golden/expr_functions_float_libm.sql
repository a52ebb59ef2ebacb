-- float8 math functions digit for digit: PostgreSQL takes them from the C library, whose
-- last bits differ from Java's Math for many inputs; the sums run over thousands of inputs
SELECT cbrt(27), cbrt(-8), cbrt(-695.1373870771291), exp(-22.3), exp(-0.6), ln(0.817364459484602), log(0.07243146495744379);
SELECT power(110::float8, 0.37), power(2::float8, -0.6148314130969652), power(1::float8, 'NaN'), power('NaN'::float8, 0);
SELECT power(float8 '-1', float8 'NaN'), power('NaN'::float8, 'NaN'), power(0::float8, 'NaN'), power(-8::float8, 'Infinity'), power(-8::float8, '-Infinity');
SELECT sin(-9.8), cos(200), tan(-107), cot(-6.2), asin(-0.94), acos(-0.94), atan(-47.421985021380166), atan2(-56, 1.7);
SELECT sinh(-485.5402094351491), cosh(3.7), tanh(0.5), asinh(2), acosh(2), atanh(0.5), sinh(1000), cosh(-1000);
SELECT sum(cbrt(i / 7.0)) AS cbrt, sum(exp(i / 300.0::float8)) AS exp, sum(ln(i / 3.0::float8)) AS ln,
       sum(log(i / 3.0::float8)) AS log10, sum(power(i / 10.0::float8, 0.37)) AS pow FROM generate_series(1, 2000) i;
SELECT sum(sin(i * 0.37)) AS sin, sum(cos(i * 0.37)) AS cos, sum(tan(i * 0.37)) AS tan, sum(atan(i * 0.37)) AS atan,
       sum(atan2(i, 1.7)) AS atan2 FROM generate_series(-1000, 1000) i;
SELECT sum(asin(i / 1000.0)) AS asin, sum(acos(i / 1000.0)) AS acos, sum(atanh(i / 1001.0)) AS atanh,
       sum(sinh(i / 100.0)) AS sinh, sum(cosh(i / 100.0)) AS cosh, sum(asinh(i / 10.0)) AS asinh
  FROM generate_series(-1000, 1000) i;
-- degree variants: PostgreSQL's own formulas, exact at the special angles
SELECT sind(30), cosd(60), tand(45), cotd(45), sind(-26.2), tand(-20.1), cotd(11.9), asind(-0.839116296201398), acosd(0.32);
SELECT atand(-34.91389233043615), atan2d(-22.6, 1.7), asind(1), acosd(-1), atand('Infinity'), atan2d(1, 0);
SELECT tand(90), tand(-90), cotd(0), cotd(90), tand(180), tand(-180), cotd(270), sind(180), cosd(90), sind(-720);
SELECT sum(sind(i * 0.7)) AS sind, sum(cosd(i * 0.7)) AS cosd, sum(tand(i * 0.37)) AS tand, sum(atand(i * 0.7)) AS atand
  FROM generate_series(-2000, 2000) i;
SELECT sum(asind(i / 1000.0)) AS asind, sum(acosd(i / 1000.0)) AS acosd, sum(atan2d(i, 3)) AS atan2d,
       sum(degrees(i / 7.0)) AS degrees, sum(radians(i / 7.0)) AS radians FROM generate_series(-1000, 1000) i;
SELECT sin('NaN'), cosd('NaN'), asind('NaN'), atan2d('NaN', 1), radians(1e-320::float8), degrees('NaN');
-- errors
SELECT sin('Infinity'::float8);
SELECT cot('-Infinity'::float8);
SELECT asin(2);
SELECT acosh(0.5);
SELECT atanh(1.5);
SELECT sind('Infinity');
SELECT tand('-Infinity');
SELECT asind(2);
SELECT acosd(-2);
SELECT degrees(1e308);
SELECT exp(1000);
SELECT exp(-1000);
SELECT power(10::float8, 400);
SELECT power(-8::float8, 1.0 / 3);
