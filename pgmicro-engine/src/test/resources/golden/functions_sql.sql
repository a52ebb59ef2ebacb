-- User-defined SQL functions: bodies as strings, BEGIN ATOMIC and RETURN, parameters by
-- name and by number, defaults, overloading, SETOF, and the errors PostgreSQL gives.
CREATE FUNCTION add_ints(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT a + b';
SELECT add_ints(1, 2), add_ints(40, 2) AS answer;
SELECT add_ints(1, NULL) IS NULL AS strict_null;
CREATE FUNCTION add_ints(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + $2';
CREATE OR REPLACE FUNCTION add_ints(a integer, b integer) RETURNS integer
    LANGUAGE sql AS 'SELECT $1 + $2 + 100';
SELECT add_ints(1, 2);
CREATE OR REPLACE FUNCTION add_ints(a integer, b integer) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
-- overloading by argument types
CREATE FUNCTION describe(x integer) RETURNS text LANGUAGE sql AS $$ SELECT 'integer ' || x $$;
CREATE FUNCTION describe(x text) RETURNS text LANGUAGE sql AS $$ SELECT 'text ' || x $$;
SELECT describe(5), describe('five'::text), describe('unknown literal');
SELECT describe(5.5);
-- defaults
CREATE FUNCTION greet(name text, greeting text DEFAULT 'Hello') RETURNS text
    LANGUAGE sql AS $$ SELECT greeting || ', ' || name || '!' $$;
SELECT greet('World'), greet('Bob', 'Hi');
-- BEGIN ATOMIC and RETURN bodies
CREATE FUNCTION double_it(x numeric) RETURNS numeric LANGUAGE sql RETURN x * 2;
SELECT double_it(21.5);
CREATE FUNCTION triple_it(x integer) RETURNS integer LANGUAGE sql
BEGIN ATOMIC
    SELECT x * 3;
END;
SELECT triple_it(7);
-- functions over tables, in WHERE and in the select list
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(10,2) NOT NULL);
INSERT INTO accounts VALUES (1, 'alice', 100.50), (2, 'bob', 20.00), (3, 'carol', 0);
CREATE FUNCTION balance_of(who text) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT balance FROM accounts WHERE owner = who';
SELECT owner, balance_of(owner) FROM accounts ORDER BY id;
SELECT owner FROM accounts WHERE balance_of(owner) > 10 ORDER BY owner;
SELECT balance_of('nobody') IS NULL AS no_row_gives_null;
CREATE FUNCTION total_balance() RETURNS numeric LANGUAGE sql AS 'SELECT sum(balance) FROM accounts';
SELECT total_balance();
-- a function that modifies data
CREATE FUNCTION deposit(account integer, amount numeric) RETURNS numeric LANGUAGE sql AS $$
    UPDATE accounts SET balance = balance + amount WHERE id = account;
    SELECT balance FROM accounts WHERE id = account;
$$;
SELECT deposit(2, 5);
SELECT * FROM accounts ORDER BY id;
-- void functions
CREATE FUNCTION reset_balances() RETURNS void LANGUAGE sql AS 'UPDATE accounts SET balance = 0';
SELECT reset_balances();
SELECT sum(balance) FROM accounts;
-- set-returning functions
CREATE FUNCTION owners() RETURNS SETOF text LANGUAGE sql AS 'SELECT owner FROM accounts ORDER BY owner';
SELECT * FROM owners();
-- errors
SELECT add_ints(1);
SELECT add_ints('a', 'b');
CREATE FUNCTION bad_lang() RETURNS integer LANGUAGE cobol AS 'x';
CREATE FUNCTION bad_syntax() RETURNS integer LANGUAGE sql AS 'SELEC 1';
DROP FUNCTION nosuch(integer);
DROP FUNCTION IF EXISTS nosuch(integer);
DROP FUNCTION describe;
DROP FUNCTION describe(text);
SELECT describe('again');
DROP FUNCTION describe;
DROP FUNCTION add_ints(integer, integer), greet(text, text);
SELECT greet('x');
