-- variance/var_samp/var_pop and stddev/stddev_samp/stddev_pop: numeric over integers and numeric
-- (PostgreSQL's result scale), float8 over floats, NULL for too few rows, NaN and overflow
select variance(x), stddev(x), var_pop(x), stddev_pop(x) from (values (1),(2),(4)) v(x);
select var_samp(x), stddev_samp(x), var_pop(x), stddev_pop(x) from (values (1.50),(2.25),(4.1)) v(x);
select variance(x), stddev(x), var_pop(x), stddev_pop(x) from (values (1.5::float8),(2.25),(4.1)) v(x);
select variance(x), stddev(x), var_samp(x), stddev_pop(x) from (values (5),(5)) v(x);
select variance(x), var_pop(x) from (values (5)) v(x);
select variance(x), var_pop(x), stddev(x) from (values (5.0), ('nan')) v(x);
select variance(x::float4), stddev(x::int8), var_pop(x::int2) from (values (5.0), (7.3)) v(x);
select variance(x), stddev_pop(x) from (values (1e300::float8), ('infinity')) v(x);
select variance(x) from (values (1e300::float8), (-1e308)) v(x);
select g, variance(x), stddev(x) from (values (1, 10), (1, 13), (2, 7), (2, 8), (2, 1000000)) v(g, x) group by g order by g;
select pg_typeof(variance(1::int2)), pg_typeof(stddev(1::float4)), pg_typeof(var_pop(1::int8));
select x, variance(x) over (order by x rows between 1 preceding and 1 following) from (values (1.5),(2),(3.25),(10)) v(x);
CREATE TABLE disp(g int, i2 int2, i8 int8, n numeric(10,3), f4 float4);
insert into disp values (1, 3, 9000000000000000000, 1.125, 0.1), (1, -7, 9000000000000000001, 2.5, 0.2), (1, null, null, null, null), (2, 4, 5, 0.001, 1e30);
select g, var_samp(i2), stddev_pop(i8), variance(n), stddev(n), var_pop(f4), stddev_samp(f4) from disp group by g order by g;
select stddev(n) filter (where i2 > 0), count(*) from disp;
select variance(distinct g) from disp;
select stddev('abc'::text);
drop table disp;
