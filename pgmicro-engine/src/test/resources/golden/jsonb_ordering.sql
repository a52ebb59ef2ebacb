-- jsonb equality and ordering: numbers by value, then PostgreSQL's order of kinds, sizes and members
select '{"a":1.0}'::jsonb = '{"a":1}'::jsonb, '{"a":1.0}'::jsonb <> '{"a":1}'::jsonb, '1'::jsonb < '[]'::jsonb, '1'::jsonb < '[5]'::jsonb, '[1,2]'::jsonb > '1'::jsonb;
select '{"p":1}'::jsonb < '{"a":2, "b":3}'::jsonb, '{"b":1}'::jsonb > '{"a":5}'::jsonb, 'null'::jsonb < '"x"'::jsonb, '"x"'::jsonb < '1'::jsonb, '1'::jsonb < 'true'::jsonb, '[1]'::jsonb < '{}'::jsonb;
select j from (values ('{"a":2}'::jsonb), ('[1,2]'), ('1'), ('"s"'), ('null'), ('{}'), ('[]'), ('true'), ('[[1]]'), ('{"aa":1}'), ('{"b":1}')) v(j) order by j;
SELECT jsonb_build_object(NULL, 'a');
SELECT count(DISTINCT j) AS kinds FROM (VALUES ('[1]'::jsonb), ('[2]'), ('{}')) v(j);
SELECT j FROM (VALUES ('{"a": 2.0}'::jsonb), ('{"a": 10}'), ('{"a": 2}')) v(j) WHERE j = '{"a": 2}' ORDER BY j;
SELECT DISTINCT j FROM (VALUES ('{"a": 1}'::jsonb), ('{"a": 1.0}'), ('[2]')) v(j) ORDER BY j;
SELECT count(DISTINCT j) AS distinct_values FROM (VALUES ('{"a": 1}'::jsonb), ('{"a": 1.00}'), ('[2]'), ('[2.0]')) v(j);
SELECT count(*) AS groups FROM (SELECT j FROM (VALUES ('{"a": 1}'::jsonb), ('{"a": 1.00}'), ('[2]')) v(j) GROUP BY j) g;
