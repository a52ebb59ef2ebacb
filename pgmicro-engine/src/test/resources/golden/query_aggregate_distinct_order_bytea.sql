-- string_agg over bytea, and aggregate DISTINCT with an ORDER BY outside its arguments
create table bt(v bytea);
select string_agg(v, '') from bt;
insert into bt values(decode('ff','hex'));
select string_agg(v, '') from bt;
insert into bt values(decode('aa','hex')), (null);
select string_agg(v, ''), string_agg(v, NULL), string_agg(v, decode('ee', 'hex')) from bt;
select string_agg(distinct f1::text, ',' order by f1) from (values ('a'::varchar), ('b')) v(f1);
select string_agg(distinct f1, ',' order by f1::text) from (values ('a'::varchar), ('b')) v(f1);
select string_agg(distinct f1, ',' order by f1) from (values ('a'::text), ('b'), ('a')) v(f1);
select array_agg(distinct x order by x desc) from (values (1), (2), (1)) v(x);
select array_agg(distinct x order by x + 1) from (values (1), (2), (1)) v(x);
