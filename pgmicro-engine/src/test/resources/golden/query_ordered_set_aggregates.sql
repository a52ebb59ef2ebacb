-- Ordered-set aggregates: percentile_cont, percentile_disc and mode WITHIN GROUP, in PostgreSQL's
-- sort order whatever the storage (numeric, DESC, NULLs), and their errors
create table t (g int, x int, n numeric, s text, f float8);
insert into t values (1, 1, 1.5, 'b', 1), (1, 2, 2.5, 'a', null), (1, 3, null, 'a', 3), (1, 4, 10, 'c', 4), (2, 7, 3.25, 'z', 2), (2, null, null, null, null);
select g, percentile_cont(0.5) within group (order by x), percentile_disc(0.5) within group (order by x) from t group by g order by g;
select percentile_cont(0.25) within group (order by n), percentile_disc(0.25) within group (order by n), pg_typeof(percentile_disc(0.25) within group (order by n)) from t;
select percentile_cont(0.5) within group (order by f desc), percentile_disc(0.9) within group (order by s desc) from t;
select g, mode() within group (order by s), mode() within group (order by x desc) from t group by g order by g;
select percentile_cont(p) within group (order by x::float8) from t, (values (0), (0.1), (1)) v(p) group by p order by p;
select percentile_cont(null) within group (order by x) from t;
select percentile_cont(1.5) within group (order by x) from t;
select percentile_disc(0) within group (order by n) from t where false;
select sum(x) within group (order by x) from t;
select percentile_cont(0.5, 1) from t;
select percentile_cont(0.5) from t;
select percentile_cont(0.5) within group (order by x) filter (where x > 1) from t;
select percentile_cont(0.5) within group (order by x, g) from t;
select mode() within group (order by n), mode() within group (order by f) from t;
select percentile_disc(0.5) within group (order by s collate "C") from t;
select percentile_cont(0.5) within group (order by sum(x)) from t;
select g, percentile_cont(0.5) within group (order by x) over () from t;
