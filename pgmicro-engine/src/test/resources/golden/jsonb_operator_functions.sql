-- the functions behind the jsonb operators, called by name
SELECT jsonb_contains('{"a":"b", "b":1, "c":null}', '{"a":"b"}');
SELECT jsonb_contains('{"a":"b", "b":1, "c":null}', '{"a":"c"}');
SELECT jsonb_contained('{"a":"b"}', '{"a":"b", "b":1, "c":null}');
SELECT jsonb_contained('{"a":"b", "g":null}', '{"a":"b", "b":1, "c":null}');
SELECT jsonb_exists('{"a":null, "b":"qq"}', 'a');
SELECT jsonb_exists('{"a":null, "b":"qq"}', 'c');
SELECT jsonb_exists_any('{"a":null, "b":"qq"}', ARRAY['a','d']);
SELECT jsonb_exists_any('{"a":null, "b":"qq"}', '{}'::text[]);
SELECT jsonb_exists_all('{"a":null, "b":"qq"}', ARRAY['a','b']);
SELECT jsonb_exists_all('{"a":null, "b":"qq"}', ARRAY['a','d']);
SELECT jsonb_concat('{"a":1}', '{"b":[2]}');
SELECT jsonb_delete('{"a":1, "b":2}', 'b');
SELECT jsonb_delete('["a","b","c"]', 1);
SELECT jsonb_delete('["a","b","c"]', -1);
SELECT jsonb_delete_path('{"a":{"b":1,"c":2}}', '{a,b}');
SELECT jsonb_contains(NULL, '{}');
SELECT jsonb_exists('{"a":1}', 1);
