-- SELECT ... INTO creates a table like CREATE TABLE AS; nested SELECT INTO is refused
create table s (a int, b text);
insert into s values (1,'x'),(2,'y');
select a, b || '!' as c into s2 from s where a > 1;
select * from s2;
select * into temp s3 from s;
select count(*) from s3;
select * from (select 1 into f) bar;
insert into s select 1 into f;
select 1 into s2;
