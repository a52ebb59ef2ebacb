-- CREATE CONSTRAINT TRIGGER: AFTER ROW triggers that fire at the end of the statement, or at COMMIT while deferred
create table t (id int primary key, v int);
create function note() returns trigger language plpgsql as $$
begin
  raise notice '% % on %: %', tg_name, tg_op, tg_table_name, coalesce(new.id, old.id);
  return null;
end $$;
create function refuse() returns trigger language plpgsql as $$
begin
  if new.v < 0 then
    raise exception 'negative v for id %', new.id;
  end if;
  return null;
end $$;
create constraint trigger t_now after insert or update on t for each row execute function note();
create constraint trigger t_later after insert on t deferrable initially deferred for each row execute function note();
create constraint trigger t_check after insert or update on t deferrable for each row execute function refuse();
insert into t values (1, 1);
begin;
insert into t values (2, 2);
insert into t values (3, 3);
select 'before commit';
commit;
begin;
set constraints t_check deferred;
insert into t values (4, -4);
select 'still here';
commit;
select id from t order by 1;
begin;
insert into t values (5, 5);
set constraints t_later immediate;
select 'after set';
commit;
begin;
set constraints all deferred;
update t set v = -1 where id = 1;
set constraints all immediate;
rollback;
select tgname, tgdeferrable, tginitdeferred from pg_trigger where tgrelid = 't'::regclass order by 1;
select pg_get_triggerdef(oid) from pg_trigger where tgrelid = 't'::regclass order by tgname;
create constraint trigger t_stmt after insert on t for each statement execute function note();
create constraint trigger t_before before insert on t for each row execute function note();
\d t
