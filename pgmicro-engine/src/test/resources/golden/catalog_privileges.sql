-- has_*_privilege as the superuser: true for what exists, with PostgreSQL's errors for an
-- object that does not, an unknown privilege and an unknown role.
CREATE SCHEMA extra;
CREATE TABLE extra.items (id serial PRIMARY KEY, name text);
CREATE SEQUENCE tickets;
SELECT has_table_privilege('extra.items', 'select'), has_table_privilege('extra.items', 'SELECT, UPDATE WITH GRANT OPTION'),
       has_table_privilege('pg_class', 'select'), has_table_privilege('EXTRA.Items', ' insert ');
SELECT has_table_privilege('items', 'select');
SELECT has_table_privilege('extra.items', 'bogus');
SELECT has_table_privilege('extra.items', 'select,');
SELECT has_table_privilege('extra.items'::regclass, 'delete'), has_table_privilege(999999::oid, 'delete');
SELECT has_table_privilege('postgres', 'extra.items', 'trigger');
SELECT has_table_privilege('nobody', 'extra.items', 'select');
SELECT has_schema_privilege('extra', 'usage'), has_schema_privilege('public', 'create, usage'),
       has_schema_privilege('pg_catalog', 'usage');
SELECT has_schema_privilege('nosuch', 'usage');
SELECT has_schema_privilege('extra', 'select');
SELECT has_database_privilege(current_database(), 'connect, temp');
SELECT has_database_privilege(current_database(), 'execute');
SELECT has_sequence_privilege('tickets', 'usage'), has_sequence_privilege('extra.items_id_seq', 'select, update');
SELECT has_sequence_privilege('extra.items', 'usage');
SELECT has_sequence_privilege('nosuch', 'usage');
SELECT has_function_privilege('now()', 'execute');
SELECT has_function_privilege('now()', 'usage');
SELECT has_column_privilege('extra.items', 'name', 'select, update');
SELECT has_column_privilege('extra.items', 'name', 'delete');
SELECT has_column_privilege('nosuch', 'name', 'select');
