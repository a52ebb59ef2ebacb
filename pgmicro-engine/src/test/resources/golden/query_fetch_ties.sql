-- FETCH FIRST ... WITH TIES (SQLite has no such clause)
CREATE TABLE wt(k int, v text);
insert into wt values (1,'a'),(1,'b'),(2,'c'),(2,'d'),(2,'e'),(3,'f'),(null,'g');
select k from wt order by k fetch first 2 rows with ties;
select k from wt order by k fetch first 3 rows with ties;
select k from wt order by k offset 1 fetch first 2 rows with ties;
select k from wt order by k desc fetch first 1 row with ties;
select k from wt order by k nulls first fetch first 1 row with ties;
select k, count(*) from wt group by k order by count(*) desc fetch first 1 rows with ties;
select k from wt order by k offset 2 rows fetch next 1 row with ties;
select k from wt fetch first 2 rows with ties;
drop table wt;
