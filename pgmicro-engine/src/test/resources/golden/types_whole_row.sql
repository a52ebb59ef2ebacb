-- A FROM item's whole row as a value: printed as a record, turned into JSON,
-- its fields read back, compared and counted.
create table wr_author (id int primary key, name text, active boolean, rating numeric(8,2), born date);
insert into wr_author values (1, 'x', true, 1.5, '2020-01-02'), (2, 'a b', false, null, null),
    (3, null, null, 10, '1999-12-31'), (4, 'say "hi", (ok)', true, 0, '2001-02-03');
create table wr_book (id int, author_id int, tag varchar(5));
insert into wr_book values (10, 1, 'p'), (11, 1, 'q'), (12, 2, 'r');

-- the text of a whole row, as record_out writes it
select wr_author from wr_author order by id;
select a from wr_author a where a.id = 4;
select q from (select id, name from wr_author) q order by id;
select row(a.*) from wr_author a order by id;
select row(true, 1.50, 'a b'::text, null::int);

-- JSON of a whole row
select row_to_json(wr_author) from wr_author order by id;
select row_to_json(a.*) from wr_author a order by id;
select row_to_json(a, true) from wr_author a where id = 1;
select to_json(a), to_jsonb(a) from wr_author a order by id;
select row_to_json(q) from (select id, name as "Name" from wr_author where id < 3) q order by id;
select row_to_json(t) from (values (1, 'a'), (2, 'b')) t(x, y);
select json_agg(a order by id) from wr_author a;
select jsonb_agg(a order by id) from wr_author a where id < 3;
select json_agg(a) from wr_author a where false;
select json_agg(row(id, name)) filter (where id > 1) from wr_author;
select json_build_object('author', a, 'n', 1) from wr_author a where id = 2;
select to_json(row(1, 'a')), json_build_array(row(1, true), 2);
select a.id, (select json_agg(b order by b.id) from wr_book b where b.author_id = a.id) as books
  from wr_author a order by a.id;
select json_agg(x) from (values (null::int[]), (array[1]), (array[2,3])) v(x);

-- fields, comparison, IS NULL, count
select (a).name, (a).active, (a).rating + 1 from wr_author a order by id;
select (a).* from wr_author a order by id;
select a, b from wr_author a join wr_book b on b.author_id = a.id order by b.id;
select b.id, a = b as same from wr_author a, wr_author b where a.id = 1 order by b.id;
select count(a) from wr_author a;
select a is null, a is not null from wr_author a order by id;
select wr_author.name from wr_author where wr_author is not null order by 1;

-- an outer join's added row is a NULL record (the table's NOT NULL column tells it from a row of NULLs)
create table wr_note (k int primary key, v text);
insert into wr_note values (1, null), (5, 'z');
select a.id, row_to_json(n), n, n is null from wr_author a left join wr_note n on n.k = a.id order by a.id;
select a.id, json_agg(n) from wr_author a left join wr_note n on n.k = a.id group by a.id order by a.id;
select x, y from wr_note x full join wr_note y on x.k = y.k + 4 order by x.k, y.k;
create table wr_pair (a int, b int);
insert into wr_pair values (null, null), (1, null);
select p, p is null, p is not null, row_to_json(p) from wr_pair p order by a;

-- errors
select a from wr_author a group by a.name;
select nosuch.* from wr_author;
