-- DROP naming several tables: what depends on one of them but is dropped too does not hold it back
create table p (id int primary key);
create table c (id int references p);
create view v as select * from p;
insert into p values (1); insert into c values (1);
drop table p, c;
drop table p, c, v;
drop view v;
drop table p, c;
create table p (id int primary key);
create table c (id int references p);
insert into p values (1); insert into c values (1);
drop table c, p;
create table a (id int primary key, b int);
create table b (id int primary key, a int references a);
alter table a add foreign key (b) references b;
drop table a, b;
