-- jsonpath subset: @? and @@, jsonb_path_exists and jsonb_path_match, lax and strict mode
CREATE TABLE docs (j jsonb);
INSERT INTO docs VALUES ('{"wait": null, "age": 25}'), ('{"wait": "CC", "public": true, "age": 25.0}'),
    ('{"array": ["foo", "bar"], "age": 30}'), ('{"array": "bar"}'), ('[1, {"wait": "CC"}]'), ('"scalar"');
SELECT count(*) FROM docs WHERE j @@ '$.wait == null';
SELECT count(*) FROM docs WHERE j @@ '"CC" == $.wait';
SELECT count(*) FROM docs WHERE j @@ '$.wait == "CC" && true == $.public';
SELECT count(*) FROM docs WHERE j @@ '$.age == 25';
SELECT count(*) FROM docs WHERE j @@ '$.age >= 25.5 || !(exists($.age))';
SELECT count(*) FROM docs WHERE j @@ 'exists($.public) || exists($.array)';
SELECT count(*) FROM docs WHERE j @? '$.wait ? (@ == null)';
SELECT count(*) FROM docs WHERE j @? '$ ? (@.wait == "CC" && true == @.public)';
SELECT count(*) FROM docs WHERE j @? '$.array[*] ? (@ == "bar")';
SELECT count(*) FROM docs WHERE j @? '$.array ? (@[*] == "bar")';
SELECT count(*) FROM docs WHERE j @? 'strict $.array[*] ? (@ == "bar")';
SELECT count(*) FROM docs WHERE j @? '$.array[1]';
SELECT count(*) FROM docs WHERE j @? '$';
SELECT j @@ '$.age > "x"' AS unknown, j @@ '$.age' AS not_boolean, j @? 'strict $.nope' AS strict_missing FROM docs LIMIT 1;
SELECT jsonb_path_exists('{"a": [1, {"b": 2}]}', '$.a[1].b'), jsonb_path_match('{"a": 1}', '$.a == 1'),
       jsonb_path_exists('{"a": {"b": {"c": 3}}}', '$.*.b ? (@.c <> 2)'), jsonb_path_match('{"a": null}', '$.a != 1');
SELECT jsonb_path_exists('[1]', 'strict $.a');
SELECT jsonb_path_exists('{"a": 1}', 'strict $.b');
SELECT jsonb_path_match('{"a": 1}', '$.a');
SELECT jsonb_path_query('{"a": [1, {"b": 2}, [3]]}', '$.a[*]');
SELECT * from jsonb_path_query('{"a": [{"b": 1}, {"b": 2}, {"c": 3}]}', '$.a.b') as x;
SELECT jsonb_path_query('{"a": 1}', '$.a == 1') v;
SELECT jsonb_path_query_array('{"a": [1, 2, 3]}', '$.a[*] ? (@ > 1)'), jsonb_path_query_first('{"a": [1, 2, 3]}', '$.a[*] ? (@ > 1)'), jsonb_path_query_first('{"a": []}', '$.a[*]') is null as none;
SELECT jsonb_path_query_array('{"a": 1}', 'strict $.b');
