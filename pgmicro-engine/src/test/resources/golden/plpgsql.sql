-- PL/pgSQL: declarations, control flow, queries into variables, dynamic SQL, RAISE and
-- exception handling, as application code uses them.
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, amount numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'new');
INSERT INTO orders VALUES (1, 'alice', 10.00, 'paid'), (2, 'bob', 25.50, 'new'), (3, 'alice', 4.25, 'new');

CREATE FUNCTION factorial(n integer) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result bigint := 1;
BEGIN
    IF n < 0 THEN
        RAISE EXCEPTION 'factorial of a negative number: %', n USING ERRCODE = '22023', HINT = 'Pass zero or more.';
    END IF;
    FOR i IN 1..n LOOP
        result := result * i;
    END LOOP;
    RETURN result;
END;
$$;
SELECT factorial(0), factorial(5), factorial(20);
SELECT factorial(-1);

CREATE FUNCTION classify(x integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF x IS NULL THEN
        RETURN 'unknown';
    ELSIF x < 0 THEN
        RETURN 'negative';
    ELSIF x = 0 THEN
        RETURN 'zero';
    ELSE
        RETURN 'positive';
    END IF;
END $$;
SELECT x, classify(x) FROM (VALUES (-3), (0), (7), (NULL)) AS v(x);

CREATE FUNCTION weekday_kind(d integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    CASE d
        WHEN 0, 6 THEN RETURN 'weekend';
        WHEN 1, 2, 3, 4, 5 THEN RETURN 'weekday';
    END CASE;
END $$;
SELECT weekday_kind(0), weekday_kind(3);
SELECT weekday_kind(9);

CREATE FUNCTION collatz_steps(start integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    n integer := start;
    steps integer := 0;
BEGIN
    WHILE n <> 1 LOOP
        IF n % 2 = 0 THEN
            n := n / 2;
        ELSE
            n := 3 * n + 1;
        END IF;
        steps := steps + 1;
    END LOOP;
    RETURN steps;
END $$;
SELECT collatz_steps(27);

CREATE FUNCTION first_multiple(base integer, over integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    candidate integer := 0;
BEGIN
    LOOP
        candidate := candidate + base;
        CONTINUE WHEN candidate <= over;
        EXIT;
    END LOOP;
    RETURN candidate;
END $$;
SELECT first_multiple(7, 50);

-- queries into variables, FOUND, STRICT
CREATE FUNCTION customer_total(who text) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
DECLARE
    total numeric;
BEGIN
    SELECT sum(amount) INTO total FROM orders WHERE customer = who;
    RETURN coalesce(total, 0);
END $$;
SELECT customer_total('alice'), customer_total('nobody');

CREATE FUNCTION order_amount(order_id integer) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    a orders.amount%TYPE;
BEGIN
    SELECT amount INTO STRICT a FROM orders WHERE id = order_id;
    RETURN a;
EXCEPTION
    WHEN no_data_found THEN
        RAISE NOTICE 'order % not found', order_id;
        RETURN NULL;
END $$;
SELECT order_amount(2);
SELECT order_amount(42);

CREATE FUNCTION only_order(who text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    found_id integer;
BEGIN
    SELECT id INTO STRICT found_id FROM orders WHERE customer = who;
    RETURN found_id;
END $$;
SELECT only_order('bob');
SELECT only_order('alice');

-- records and FOR over a query
CREATE FUNCTION describe_orders(who text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r record;
    out text := '';
BEGIN
    FOR r IN SELECT id, amount, status FROM orders WHERE customer = who ORDER BY id LOOP
        out := out || r.id || ':' || r.amount || ':' || r.status || ' ';
    END LOOP;
    IF NOT FOUND THEN
        RETURN 'none';
    END IF;
    RETURN trim(out);
END $$;
SELECT describe_orders('alice'), describe_orders('zed');

CREATE FUNCTION biggest_order() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    o orders%ROWTYPE;
BEGIN
    SELECT * INTO o FROM orders ORDER BY amount DESC LIMIT 1;
    RETURN o.customer || ' ' || o.amount;
END $$;
SELECT biggest_order();

-- DML, ROW_COUNT, PERFORM
CREATE FUNCTION mark_paid(who text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    changed integer;
BEGIN
    UPDATE orders SET status = 'paid' WHERE customer = who AND status <> 'paid';
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM 1 FROM orders WHERE status = 'new';
    IF NOT FOUND THEN
        RAISE NOTICE 'every order is paid';
    END IF;
    RETURN changed;
END $$;
SELECT mark_paid('alice');
SELECT mark_paid('bob');
SELECT id, status FROM orders ORDER BY id;

-- dynamic SQL
CREATE FUNCTION count_rows(table_name text, min_amount numeric) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM ' || quote_ident(table_name) || ' WHERE amount >= $1' INTO n USING min_amount;
    RETURN n;
END $$;
SELECT count_rows('orders', 10);

-- RAISE levels and formats
DO $$
DECLARE
    who text := 'world';
BEGIN
    RAISE NOTICE 'hello, %!', who;
    RAISE NOTICE 'percent: 100%% of %', NULL;
    RAISE WARNING 'careful';
    RAISE INFO 'info message';
END $$;
DO $$ BEGIN RAISE EXCEPTION 'plain failure'; END $$;
DO $$ BEGIN RAISE EXCEPTION 'with detail' USING DETAIL = 'the detail', HINT = 'the hint'; END $$;
DO $$ BEGIN RAISE SQLSTATE '22012'; END $$;
DO $$ BEGIN RAISE unique_violation USING MESSAGE = 'custom duplicate'; END $$;

-- exception blocks undo the block's work
CREATE TABLE log (msg text);
CREATE FUNCTION safe_divide(a integer, b integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO log VALUES ('dividing ' || a || ' by ' || b);
    RETURN a / b;
EXCEPTION
    WHEN division_by_zero THEN
        RAISE NOTICE 'caught: % (%)', SQLERRM, SQLSTATE;
        RETURN NULL;
END $$;
SELECT safe_divide(10, 2), safe_divide(1, 0);
SELECT * FROM log;
DO $$
BEGIN
    BEGIN
        INSERT INTO orders VALUES (1, 'dup', 1, 'new');
    EXCEPTION WHEN unique_violation THEN
        RAISE NOTICE 'duplicate order ignored';
    END;
    BEGIN
        PERFORM 1 / 0;
    EXCEPTION WHEN others THEN
        RAISE NOTICE 'others caught %', SQLSTATE;
    END;
END $$;
SELECT count(*) FROM orders;

-- procedures
CREATE PROCEDURE add_order(new_id integer, who text, amt numeric) LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO orders (id, customer, amount) VALUES (new_id, who, amt);
END $$;
CALL add_order(4, 'dave', 99.99);
SELECT * FROM orders WHERE id = 4;
CALL add_order(1, 'eve', 1);
CALL nosuch_procedure(1);
SELECT add_order(5, 'x', 1);

-- errors
CREATE FUNCTION broken() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1 END $$;
CREATE FUNCTION no_return() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
SELECT no_return();
