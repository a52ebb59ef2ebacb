-- Hypothetical-set aggregates: rank, dense_rank, percent_rank and cume_dist WITHIN GROUP, with
-- DESC, NULLs, type unification of the hypothetical row, FILTER and their errors
select rank(3) within group (order by x), dense_rank(3) within group (order by x), percent_rank(3) within group (order by x), cume_dist(3) within group (order by x) from (values (1),(1),(2),(2),(3),(3),(4)) v(x);
select rank(3) within group (order by x desc), dense_rank(3) within group (order by x desc), cume_dist(3) within group (order by x desc) from (values (1),(1),(2),(2),(3),(3),(4),(null)) v(x);
select rank(null) within group (order by x), rank(null::int) within group (order by x nulls first), cume_dist(null::int) within group (order by x) from (values (1),(null),(2)) v(x);
select rank('adam'::varchar) within group (order by x) from (values ('fred'),('jim')) v(x);
select rank('3') within group (order by x) from generate_series(1,5) x;
select percent_rank(0) within group (order by x) from generate_series(1,0) x;
select rank(3) within group (order by stringu1, stringu2) from (values ('a'::name, 'b'::name)) v(stringu1, stringu2);
select rank(sum(x)) within group (order by x) from generate_series(1,5) x;
select rank(4) within group (order by a), dense_rank(4) within group (order by a) from (values(1),(3),(5),(7)) t(a);
SELECT dense_rank(x) WITHIN GROUP (ORDER BY x) FROM (VALUES (1),(1),(2),(2),(3),(3)) v(x) GROUP BY (x) ORDER BY 1;
select g, rank(2.5) within group (order by n) from (values (1, 1.5), (1, 2.50), (1, 3), (2, 10)) v(g, n) group by g order by g;
select rank(1) within group (order by x) filter (where x > 1) from generate_series(1, 4) x;
