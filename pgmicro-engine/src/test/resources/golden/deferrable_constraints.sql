-- DEFERRABLE keys: checked at the end of each statement, or at COMMIT while deferred
create table parent (id int primary key);
create table child (id int, pid int references parent deferrable initially deferred);
begin;
insert into child values (1, 10);
select count(*) from child;
commit;
select count(*) from child;
-- outside a block the statement is its own transaction
insert into child values (1, 10);
insert into parent values (1);
insert into child values (1, 1);
begin;
delete from parent;
commit;
select * from parent;
-- a parent row that arrives before COMMIT is fine
begin;
insert into child values (2, 2);
insert into parent values (2);
commit;
select * from child order by id;
-- SET CONSTRAINTS
begin;
set constraints all immediate;
insert into child values (3, 30);
rollback;
begin;
insert into child values (3, 30);
set constraints all immediate;
rollback;
begin;
insert into child values (3, 30);
set constraints child_pid_fkey deferred;
set constraints child_pid_fkey immediate;
rollback;
begin;
set constraints public.child_pid_fkey immediate;
set constraints parent_pkey deferred;
rollback;
begin;
set constraints nosuch deferred;
rollback;
set constraints all deferred;
-- savepoints undo what the deferred check would have found
begin;
savepoint s;
insert into child values (4, 40);
rollback to s;
commit;
-- circular foreign keys, each row inserted before the one it references
create table a (id int primary key, b_id int);
create table b (id int primary key, a_id int references a deferrable initially deferred);
alter table a add constraint a_b_fkey foreign key (b_id) references b deferrable initially deferred;
begin;
insert into a values (1, 1);
insert into b values (1, 1);
commit;
select * from a join b on a.b_id = b.id;
-- DEFERRABLE INITIALLY IMMEDIATE is checked at the end of the statement
create table p2 (id int primary key);
create table c2 (pid int references p2 deferrable);
begin;
insert into c2 values (5);
rollback;
begin;
set constraints c2_pid_fkey deferred;
insert into c2 values (5);
insert into p2 values (5);
commit;
select * from c2;
-- a deferrable unique key may hold duplicates inside a statement (or until COMMIT)
create table item (id int primary key deferrable, pos int, constraint item_pos_key unique (pos) deferrable initially immediate);
insert into item values (1, 1), (2, 2), (3, 3);
update item set pos = pos + 1;
select * from item order by id;
update item set pos = 2 where id = 3;
begin;
set constraints item_pos_key deferred;
update item set pos = 2 where id = 3;
update item set pos = 4 where id = 1;
commit;
select * from item order by id;
begin;
set constraints all deferred;
update item set id = 1;
commit;
begin;
set constraints all deferred;
insert into item values (1, 10);
set constraints item_pkey immediate;
rollback;
insert into item values (1, 10);
create table uniq (k int, v int unique deferrable initially deferred);
insert into uniq values (1, 1), (2, 1);
begin;
insert into uniq values (3, 2);
insert into uniq values (4, 2);
delete from uniq where k = 3;
commit;
begin;
insert into uniq values (5, 3), (6, 3), (7, null), (8, null);
commit;
insert into uniq values (7, null), (8, null);
select * from uniq order by k;
-- what a deferrable key cannot do
insert into item values (9, 9) on conflict (pos) do nothing;
insert into item values (9, 9) on conflict do nothing;
create table r1 (a int references item);
create table r2 (a int references item (pos));
-- the clauses, and where they may stand
create table bad (a int not null deferrable);
create table bad (a int check (a > 0) deferrable);
create table bad (a int, check (a > 0) deferrable);
create table bad (a int unique not deferrable initially deferred);
create table bad (a int unique deferrable not deferrable);
create table ok (a int unique initially deferred, b int references parent not deferrable);
-- the catalog
select conname, contype, condeferrable, condeferred, pg_get_constraintdef(oid)
from pg_constraint where conrelid in ('child'::regclass, 'item'::regclass, 'ok'::regclass, 'c2'::regclass) order by 1;
select constraint_name, constraint_type, is_deferrable, initially_deferred
from information_schema.table_constraints where table_name in ('child', 'item', 'ok') and constraint_type <> 'CHECK' order by 1;
select indexrelid::regclass, indisunique, indimmediate from pg_index where indrelid in ('item'::regclass, 'ok'::regclass) order by 1;
\d item
\d ok
-- ALTER CONSTRAINT (foreign keys only)
alter table child alter constraint child_pid_fkey not deferrable;
select pg_get_constraintdef(oid) from pg_constraint where conname = 'child_pid_fkey';
begin;
insert into child values (6, 60);
rollback;
alter table child alter constraint child_pid_fkey deferrable;
select condeferrable, condeferred from pg_constraint where conname = 'child_pid_fkey';
alter table child alter constraint child_pid_fkey initially deferred;
alter table child alter constraint child_pid_fkey deferrable initially deferred;
begin;
insert into child values (6, 60);
commit;
alter table item alter constraint item_pos_key not deferrable;
alter table child alter constraint nosuch deferrable;
-- statements that run their own transaction check the deferred keys before committing it
create table u2 (v int unique deferrable initially deferred);
do $$ begin insert into u2 values (1); insert into u2 values (1); end $$;
with x as (insert into u2 values (2) returning v) insert into u2 select v from x;
select * from u2;
begin;
do $$ begin insert into u2 values (3); insert into u2 values (3); end $$;
select count(*) from u2;
commit;
-- a partition's copy of a deferrable key is deferrable, and SET CONSTRAINTS on the parent's name reaches it
CREATE TABLE parted_uniq_tbl (i int UNIQUE DEFERRABLE) partition by range (i);
CREATE TABLE parted_uniq_tbl_1 PARTITION OF parted_uniq_tbl FOR VALUES FROM (0) TO (10);
SELECT conname, conrelid::regclass, condeferrable FROM pg_constraint WHERE conname LIKE 'parted_uniq%' ORDER BY conname;
BEGIN;
INSERT INTO parted_uniq_tbl VALUES (1);
SAVEPOINT f;
INSERT INTO parted_uniq_tbl VALUES (1);
ROLLBACK TO f;
SET CONSTRAINTS parted_uniq_tbl_i_key DEFERRED;
INSERT INTO parted_uniq_tbl VALUES (1);
COMMIT;
