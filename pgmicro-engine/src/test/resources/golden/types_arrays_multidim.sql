-- Multidimensional arrays, explicit lower bounds, subscripts and slices, assignment
-- through subscripts, and the array functions' dimension rules.

-- input and output
SELECT '{{1,2},{3,4}}'::int[] AS two_d, '[0:1]={1,2}'::int[] AS from_zero,
       '[0:2][0:2]={{1,2,3},{4,5,6},{7,8,9}}'::int[] AS bounded,
       ' { { "," } , { 3 } } '::text[] AS spaced, '{{NULL,"NULL"},{"a b",c}}'::text[] AS quoted;
SELECT '{{{1,2},{3,4}},{{5,6},{7,8}}}'::int[] AS three_d, '[2]={1,2}'::int[] AS upper_only;
SELECT '{{1},{2,3}}'::int[];
SELECT '{{1,2},3}'::int[];
SELECT '{1,{2}}'::int[];
SELECT '{{},{}}'::text[];
SELECT E'{{1,2},\\{2,3}}'::text[];
SELECT '{{"1 2" x},{3}}'::text[];
SELECT '{{{{{{{1}}}}}}}'::int[];
SELECT '[1:3]={1,2}'::int[];
SELECT '[3:1]={1,2}'::int[];
SELECT '[1:2]{1,2}'::int[];
SELECT '[1:2={1,2}'::int[];
SELECT '[a:2]={1,2}'::int[];
SELECT '[1:2]=1'::int[];
SELECT '[2147483647:2147483647]={1}'::int[];
SELECT ARRAY[[1,2],[3,4]] AS constructed, ARRAY[ARRAY['a','b'],ARRAY['c','d']] AS nested,
       ARRAY[[['x']]] AS deep, ARRAY[[1,2],[3,4]]::text[] AS cast_text;
SELECT ARRAY[[1,2],[3]];
SELECT ARRAY[ARRAY[1,2], NULL];
SELECT ARRAY[['a','bc'],['def','hijk']]::text[]::varchar[] AS varchar_2d;

-- dimensions
SELECT array_dims(a), array_ndims(a), array_length(a, 1), array_length(a, 2), array_length(a, 3),
       array_lower(a, 2), array_upper(a, 2), cardinality(a)
  FROM (VALUES ('[0:1][5:7]={{1,2,3},{4,5,6}}'::int[]), ('{}'), ('{{1},{2},{3}}')) v(a);

-- subscripts and slices
SELECT a[2][3] AS elem, a[1] AS too_few, a[3][1] AS outside, a[1][NULL] AS null_index
  FROM (SELECT '{{1,2,3},{4,5,6}}'::int[] AS a) s;
SELECT a[1:2][2] AS mixed, a[:1] AS head, a[2:][2:] AS tail, a[:][:1] AS first_col, a[2:1] AS empty,
       a[1:1][1:2][1:3] AS too_many, a[1:NULL] AS null_bound
  FROM (SELECT '{{1,2,3},{4,5,6}}'::int[] AS a) s;
SELECT b[1:2][2], b[0][0], b[:0] FROM (SELECT '[0:2][0:2]={{1,2,3},{4,5,6},{7,8,9}}'::int[] AS b) s;
SELECT ('{}'::int[])[1][2][3][4][5][6][7];
SELECT (now())[1];

-- assignment through subscripts
CREATE TABLE md (id int PRIMARY KEY, a int[], t text[]);
INSERT INTO md (id, a[1:3], t[2][2]) VALUES (1, '{1,2,3}', 'x');
INSERT INTO md (id, a[0]) VALUES (2, 10);
SELECT * FROM md ORDER BY id;
UPDATE md SET a[5] = 9, a[-1] = 0, t[2:2][1:2] = '{p,q}' WHERE id = 1;
SELECT id, a, array_dims(a), t FROM md ORDER BY id;
UPDATE md SET a[2:3] = '{20,30,40}' WHERE id = 1;
UPDATE md SET a[:1] = '{7,8,9}' WHERE id = 2;
SELECT id, a FROM md ORDER BY id;
UPDATE md SET a[1:2] = '{8}' WHERE id = 1;
UPDATE md SET t[1][1] = 'z' WHERE id = 1;
UPDATE md SET t[3][1] = 'z' WHERE id = 1;
UPDATE md SET t[1] = 'z' WHERE id = 1;
UPDATE md SET a[NULL] = 1 WHERE id = 1;
UPDATE md SET a[1:NULL] = '{1}' WHERE id = 1;
UPDATE md SET a = NULL WHERE id = 2;
UPDATE md SET a[:2] = '{1,2}' WHERE id = 2;
UPDATE md SET a[2:3][1:2] = '{{1,2},{3,4}}' WHERE id = 2;
SELECT id, a, array_dims(a) FROM md WHERE id = 2;
UPDATE md SET a[2] = now() WHERE id = 2;
UPDATE md SET a[1:2] = now() WHERE id = 2;
INSERT INTO md VALUES (3, '{3,4,5}') ON CONFLICT (id) DO NOTHING;
INSERT INTO md VALUES (1, '{3,4,5}') ON CONFLICT (id)
  DO UPDATE SET a[1] = excluded.a[1], a[3] = excluded.a[3] RETURNING id, a;

-- functions and operators over several dimensions
SELECT array_cat(ARRAY[1,2], ARRAY[[3,4],[5,6]]) AS prepended_row, ARRAY[[1,2],[3,4]] || ARRAY[5,6] AS appended_row,
       ARRAY[[['hello','world']]] || ARRAY[[['happy','birthday']]] AS joined,
       array_cat('[0:1]={1,2}'::int[], '[5:5]={3}') AS keeps_lower, array_cat('{}'::int[], '[0:0][0:1]={{1,2}}') AS empty_side;
SELECT array_cat('{{1,2}}'::int[], '{{1}}');
SELECT array_cat('{{1,2}}'::int[], '{1}');
SELECT array_cat('{1}'::int[], '{{{1}}}');
SELECT array_append('{{1}}'::int[], 2);
SELECT array_prepend(0, '[2:3]={1,2}'::int[]) AS prepend, '[0:1]={1,2}'::int[] || 3 AS append;
SELECT array_position(ARRAY[[1,2],[3,4]], 3);
SELECT array_positions(ARRAY[[1,2],[3,4]], 4);
SELECT array_position('[2:4]={1,2,3}'::int[], 1), array_positions('[2:4]={1,2,3}'::int[], 1),
       array_position('[2:4]={1,2,3}'::int[], 2, 0);
SELECT array_position(ARRAY[1,2], 1, NULL);
SELECT array_remove('{{1,2,2},{1,4,3}}'::int[], 2);
SELECT array_remove('[2:4]={1,2,3}'::int[], 2) AS kept_lower, array_remove('{2,2}'::int[], 2) AS emptied,
       array_replace('[2:3][1:2]={{1,2},{2,3}}'::int[], 2, 9) AS replaced;
SELECT array_fill(7, ARRAY[3,3], ARRAY[2,2]) AS bounded, array_fill('x'::text, ARRAY[2,2]) AS plain,
       array_fill(NULL::int, ARRAY[2]) AS nulls, array_fill(1, ARRAY[0]) AS empty;
SELECT array_fill(1, NULL, ARRAY[2,2]);
SELECT array_fill(1, ARRAY[2,2], '{}');
SELECT array_fill(1, ARRAY[1,2,NULL]);
SELECT array_fill(1, ARRAY[[1,2],[3,4]]);
SELECT trim_array('{{1,10},{2,20},{3,30}}'::int[], 2) AS trimmed, trim_array('[10:12]={1,2,3}'::int[], 1) AS from_one;
SELECT trim_array(ARRAY[1,2,3], 4);
SELECT array_to_string('{{1,2},{3,NULL}}'::int[], ',', '*') AS joined;
SELECT unnest('[0:1][0:1]={{1,2},{3,4}}'::int[]) AS flat;
SELECT 4 = ANY ('{{1,2},{3,4}}'::int[]) AS found, 5 > ALL ('{{1,2},{3,4}}'::int[]) AS above;
SELECT '{{1,2},{3,4}}'::int[] = ARRAY[[1,2],[3,4]] AS same, '{{1,2}}'::int[] = '{1,2}' AS flat_differs,
       '[0:1]={1,2}'::int[] = '{1,2}' AS bounds_differ, '{{1,2}}'::int[] < '{1,2}' AS more_dims_later,
       '{1,2,3}'::int[] > '{{1,2}}' AS more_elements_later, '{{1,3}}'::int[] > '{{1,2},{3,4}}' AS by_elements;

-- aggregates of arrays
SELECT array_agg(a) FROM (VALUES ('{1,2}'::int[]), ('{3,4}')) v(a);
SELECT array_agg(ARRAY[i, i * 10]) FROM generate_series(1, 3) i;
SELECT array_agg(a ORDER BY a DESC) FROM (VALUES ('[0:1]={1,2}'::int[]), ('[0:1]={3,4}')) v(a);
SELECT ARRAY(SELECT ARRAY[i, i / 2] FROM generate_series(1, 4) i) AS from_subquery;
SELECT array_agg('{}'::int[]) FROM generate_series(1, 2);
SELECT array_agg(NULL::int[]) FROM generate_series(1, 2);
SELECT array_agg(a) FROM (VALUES ('{1,2}'::int[]), ('{3}')) v(a);
SELECT array_agg(a) FROM (VALUES ('{{{{{1}}}}}'::int[])) v(a);
DROP TABLE md;

-- PL/pgSQL assignment through subscripts
DO $$ DECLARE a int[]; t text[] := '{{a,b},{c,d}}';
BEGIN
  a := '{1,2}'::int[];
  a[4] := 42; a[2:3] := '{7,8}'; a[0] := '5';
  t[2][1] := 'z'; t[1:1][:] := '{x,y}';
  RAISE NOTICE '% %', a, t;
  a[NULL] := 1;
END $$;
DO $$ DECLARE a int[];
BEGIN
  a[2:3] := ARRAY[1,2]; RAISE NOTICE '%', a;
  a[3][1] := 1;
END $$;
DO $$ DECLARE a int[];
BEGIN
  a := '[-2147483648:-2147483647]={1,2}'::int[];
  a[2147483647] := 42;
END $$;
