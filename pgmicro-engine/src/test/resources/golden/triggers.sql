-- Triggers: the updated_at and audit-log triggers of real migrations, BEFORE triggers that
-- change or skip rows, AFTER triggers, statement triggers, WHEN, UPDATE OF, arguments.
CREATE TABLE documents (
    id serial PRIMARY KEY,
    title text NOT NULL,
    body text,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',
    updated_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00'
);
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := '2024-06-01 12:00:00+00';
    RETURN NEW;
END;
$$;
CREATE TRIGGER documents_updated_at BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
INSERT INTO documents (title, body) VALUES ('first', 'hello'), ('second', NULL);
SELECT id, title, updated_at FROM documents ORDER BY id;
UPDATE documents SET body = 'changed' WHERE id = 2;
SELECT id, title, body, updated_at FROM documents ORDER BY id;

-- an audit log written by an AFTER trigger
CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    table_name text NOT NULL,
    operation text NOT NULL,
    row_id integer,
    old_title text,
    new_title text
);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (table_name, operation, row_id, new_title) VALUES (TG_TABLE_NAME, TG_OP, NEW.id, NEW.title);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_log (table_name, operation, row_id, old_title, new_title)
            VALUES (TG_TABLE_NAME, TG_OP, NEW.id, OLD.title, NEW.title);
        RETURN NEW;
    ELSE
        INSERT INTO audit_log (table_name, operation, row_id, old_title) VALUES (TG_TABLE_NAME, TG_OP, OLD.id, OLD.title);
        RETURN OLD;
    END IF;
END;
$$;
CREATE TRIGGER documents_audit AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION audit();
INSERT INTO documents (title) VALUES ('third');
UPDATE documents SET title = upper(title) WHERE id IN (1, 3);
DELETE FROM documents WHERE id = 2;
SELECT table_name, operation, row_id, old_title, new_title FROM audit_log ORDER BY id;
SELECT id, title FROM documents ORDER BY id;

-- BEFORE INSERT: change the new row, or skip it by returning NULL
CREATE TABLE tags (name text PRIMARY KEY);
CREATE FUNCTION normalize_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.name = '' THEN
        RETURN NULL;
    END IF;
    NEW.name := lower(trim(NEW.name));
    RETURN NEW;
END $$;
CREATE TRIGGER tags_normalize BEFORE INSERT ON tags FOR EACH ROW EXECUTE FUNCTION normalize_tag();
INSERT INTO tags VALUES ('  Java '), (''), ('SQL');
SELECT * FROM tags ORDER BY name;
INSERT INTO tags VALUES ('JAVA');
INSERT INTO tags VALUES ('Kotlin') RETURNING name;

-- a trigger that refuses the change
CREATE TABLE locked (id integer PRIMARY KEY, v text);
INSERT INTO locked VALUES (1, 'a'), (2, 'b');
CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is read-only (%)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER locked_refuse BEFORE UPDATE OR DELETE ON locked FOR EACH ROW EXECUTE FUNCTION refuse();
UPDATE locked SET v = 'z';
DELETE FROM locked WHERE id = 1;
SELECT * FROM locked ORDER BY id;
BEGIN;
INSERT INTO locked VALUES (3, 'c');
UPDATE locked SET v = 'y' WHERE id = 3;
SELECT * FROM locked ORDER BY id;
ROLLBACK;

-- WHEN conditions, UPDATE OF, statement triggers, arguments
CREATE TABLE prices (item text PRIMARY KEY, price numeric NOT NULL, note text);
CREATE TABLE price_changes (item text, old_price numeric, new_price numeric, label text);
CREATE FUNCTION log_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO price_changes VALUES (NEW.item, OLD.price, NEW.price, TG_ARGV[0]);
    RETURN NULL;
END $$;
CREATE TRIGGER prices_rise AFTER UPDATE OF price ON prices
    FOR EACH ROW WHEN (NEW.price > OLD.price) EXECUTE FUNCTION log_price('rise');
CREATE FUNCTION announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% % on % (%)', TG_WHEN, TG_OP, TG_TABLE_NAME, TG_LEVEL;
    RETURN NULL;
END $$;
CREATE TRIGGER prices_announce BEFORE INSERT OR UPDATE ON prices
    FOR EACH STATEMENT EXECUTE FUNCTION announce();
INSERT INTO prices VALUES ('apple', 1.00), ('pear', 2.00);
UPDATE prices SET price = price * 2 WHERE item = 'apple';
UPDATE prices SET price = price / 2 WHERE item = 'pear';
UPDATE prices SET note = 'cheap';
SELECT * FROM price_changes;

-- DROP TRIGGER, DROP FUNCTION with dependents
DROP TRIGGER prices_announce ON prices;
DROP TRIGGER prices_announce ON prices;
DROP TRIGGER IF EXISTS prices_announce ON prices;
DROP FUNCTION log_price();
DROP FUNCTION log_price() CASCADE;
UPDATE prices SET price = 10;
SELECT count(*) FROM price_changes;

-- errors
CREATE TRIGGER t_nosuch BEFORE INSERT ON nosuch FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER t_nofunc BEFORE INSERT ON prices FOR EACH ROW EXECUTE FUNCTION nosuch();
CREATE FUNCTION not_a_trigger() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER t_wrong BEFORE INSERT ON prices FOR EACH ROW EXECUTE FUNCTION not_a_trigger();
CREATE TRIGGER documents_audit AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION audit();
CREATE OR REPLACE TRIGGER documents_audit AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION audit();
SELECT audit();
