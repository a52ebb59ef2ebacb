-- GROUP BY ROLLUP, CUBE and GROUPING SETS
CREATE TABLE gs(a text, b int, c int);
insert into gs values ('x',1,10),('x',2,20),('y',1,30),('y',null,40);
select a, b, sum(c) from gs group by rollup (a, b) order by a nulls last, b nulls last;
select a, b, sum(c), count(*) from gs group by cube (a, b) order by 1, 2;
select a, sum(c) from gs group by grouping sets (a, ()) having sum(c) > 30 order by 1;
select a, b, sum(c) from gs group by a, rollup (b) order by 1, 2;
select sum(c) from gs where false group by rollup (a);
select a, b + 1 as b1, max(c) from gs group by rollup (a, b + 1) order by 1, 2;
select a, b, sum(c) from gs group by rollup ((a, b)) order by 1, 2;
select distinct a from gs group by grouping sets (a, b) order by 1;
select 1 as one, count(*) from gs group by grouping sets ((), ());
drop table gs;
