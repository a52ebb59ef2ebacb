-- session information functions and pg_typeof
SELECT current_user, session_user, user, current_role;
SELECT current_schema, current_schema();
SELECT pg_typeof(1), pg_typeof(1::int8), pg_typeof(1.5), pg_typeof('a'), pg_typeof('a'::text), pg_typeof(true);
SELECT pg_typeof(now()), pg_typeof(current_date), pg_typeof(interval '1 day'), pg_typeof(ARRAY[1]), pg_typeof('{}'::jsonb);
SELECT pg_typeof(NULL), pg_typeof(NULL::varchar(3)), pg_typeof(1::numeric(5,2)), pg_typeof('x'::char(2));
SELECT pg_typeof(sum(1)), pg_typeof(sum(1::int8)), pg_typeof(avg(1)), pg_typeof(count(*)), pg_typeof(1 / 2);
SELECT version() LIKE 'PostgreSQL 15.%' AS is_15;
SELECT current_setting('server_version_num')::int / 10000 AS major;
SELECT pg_backend_pid() > 0, txid_current() > 0;
SELECT current_catalog = current_database();
SELECT has_table_privilege('pg_class', 'SELECT');
SELECT format_type('int4'::regtype, NULL), format_type('varchar'::regtype, 14), 'int4'::regtype, 'text[]'::regtype;
SELECT 'pg_class'::regclass, 'pg_catalog.pg_type'::regclass::text;
SELECT 'nosuch_rel'::regclass;
SELECT to_regclass('nosuch_rel') IS NULL, to_regtype('integer');
SELECT coalesce(pg_typeof(1)::text, '') || '!';
