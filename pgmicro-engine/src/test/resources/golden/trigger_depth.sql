-- pg_trigger_depth(): how many trigger functions are running, one inside another
create table depth_a (id int primary key);
create table depth_b (id int primary key);
create function depth_a_tf() returns trigger language plpgsql as $$
begin
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  insert into depth_b values (new.id);
  raise notice '%: depth = % again', tg_name, pg_trigger_depth();
  return new;
end $$;
create function depth_b_tf() returns trigger language plpgsql as $$
begin
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  return new;
end $$;
create trigger depth_a_tr before insert on depth_a for each row execute function depth_a_tf();
create trigger depth_b_tr after insert on depth_b for each row execute function depth_b_tf();
select pg_trigger_depth();
insert into depth_a values (1), (2);
select pg_trigger_depth();
-- a deferred constraint trigger fires at COMMIT, at depth 1
create constraint trigger depth_late after insert on depth_b deferrable initially deferred
  for each row execute function depth_b_tf();
begin;
insert into depth_a values (3);
commit;
