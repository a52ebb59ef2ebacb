-- json and jsonb: input, output normalisation, operators
SELECT '{"b": 2, "a": 1}'::json, '{"b": 2, "a": 1}'::jsonb;
SELECT '{"a": 1, "a": 2}'::json, '{"a": 1, "a": 2}'::jsonb;
SELECT '[1, 2.50, "x", null, true]'::jsonb, '  [1,2]  '::json;
SELECT '{"a": {"b": [10, 20, 30]}}'::jsonb -> 'a' -> 'b' -> 1;
SELECT '{"a": {"b": [10, 20, 30]}}'::jsonb #> '{a,b,2}', '{"a": {"b": "x"}}'::jsonb #>> '{a,b}';
SELECT '{"a": "text"}'::json -> 'a', '{"a": "text"}'::json ->> 'a';
SELECT '[1,2,3]'::jsonb -> -1, '[1,2,3]'::jsonb -> 5, '{"a":1}'::jsonb -> 'missing';
SELECT '{"a": 1, "b": 2}'::jsonb @> '{"a": 1}', '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}';
SELECT '{"a": 1}'::jsonb ? 'a', '{"a": 1}'::jsonb ?| array['x', 'a'], '{"a": 1}'::jsonb ?& array['a', 'b'];
SELECT '{"a": 1}'::jsonb || '{"b": 2}'::jsonb, '{"a": 1, "b": 2}'::jsonb - 'a', '[1,2,3]'::jsonb - 0;
SELECT '{bad json'::json;
SELECT '{"a": }'::jsonb;
SELECT jsonb_typeof('1'), jsonb_typeof('"s"'), jsonb_typeof('[]'), jsonb_typeof('{}'), jsonb_typeof('null'), json_typeof('true');
SELECT to_json('text'::text), to_jsonb(42), to_jsonb(array[1,2]), to_jsonb(true), to_jsonb(NULL::text);
SELECT json_build_object('a', 1, 'b', 'two', 'c', NULL), jsonb_build_object('x', array[1,2]);
SELECT json_build_array(1, 'a', NULL, true), jsonb_build_array();
SELECT jsonb_array_length('[1,2,3]'), json_array_length('[]');
SELECT * FROM jsonb_each('{"a": 1, "b": "x"}') ORDER BY key;
SELECT * FROM jsonb_each_text('{"a": 1, "b": "x"}') ORDER BY key;
SELECT jsonb_object_keys('{"b": 1, "a": 2}') AS k ORDER BY k;
SELECT value FROM jsonb_array_elements('[3, "x", {"y": 1}]') AS e;
SELECT jsonb_array_elements_text('["a", "b"]');
SELECT jsonb_set('{"a": {"b": 1}}', '{a,b}', '2'), jsonb_set('{"a": 1}', '{c}', '"new"');
SELECT jsonb_pretty('{"a": [1, 2], "b": {"c": null}}');
SELECT jsonb_strip_nulls('{"a": 1, "b": null}'), jsonb_insert('[1, 3]', '{1}', '2');
CREATE TABLE docs (id int, body jsonb);
INSERT INTO docs VALUES (1, '{"name": "a", "tags": ["x", "y"], "n": 3}'),
                        (2, '{"name": "b", "tags": [], "n": 10}'),
                        (3, '{"name": "c"}');
SELECT id, body->>'name' AS name, (body->>'n')::int AS n FROM docs ORDER BY id;
SELECT id FROM docs WHERE body @> '{"tags": ["x"]}' ORDER BY id;
SELECT id FROM docs WHERE body ? 'n' ORDER BY id;
SELECT jsonb_agg(id ORDER BY id), json_agg(body->'name' ORDER BY id) FROM docs;
SELECT jsonb_object_agg(body->>'name', id) FROM docs;
SELECT body->'tags'->0 FROM docs ORDER BY id;
UPDATE docs SET body = body || '{"seen": true}' WHERE id = 2 RETURNING body;
DROP TABLE docs;
