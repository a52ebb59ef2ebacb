-- ON CONFLICT inference: repeated columns, expression and partial unique indexes
create table ict (key int, fruit text);
create unique index ict_key on ict (key);
insert into ict values (2, 'Orange') on conflict (key, key, key) do update set fruit = excluded.fruit;
insert into ict values (2, 'Pear') on conflict (key) do update set fruit = excluded.fruit returning *;
insert into ict values (3, 'Kiwi') on conflict (key, fruit) do update set fruit = excluded.fruit;
insert into ict values (3, 'Kiwi') on conflict (lower(fruit)) do update set fruit = excluded.fruit;
drop index ict_key;
create unique index ict_lower on ict (lower(fruit));
insert into ict values (20, 'Quince') on conflict (lower(fruit)) do update set fruit = excluded.fruit;
insert into ict values (21, 'quince') on conflict (lower(fruit), lower(fruit)) do update set fruit = excluded.fruit returning *;
insert into ict values (22, 'Apricot') on conflict (upper(fruit)) do update set fruit = excluded.fruit;
create unique index ict_part on ict (key) where key < 5;
insert into ict values (2, 'Fig') on conflict (key) where key < 5 do update set fruit = excluded.fruit returning *;
insert into ict values (2, 'Fig') on conflict (key) do update set fruit = excluded.fruit;
