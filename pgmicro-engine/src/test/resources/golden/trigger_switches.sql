-- Turning triggers off and on (ALTER TABLE ... ENABLE / DISABLE TRIGGER, session_replication_role),
-- renaming them, whole-row NEW / OLD in trigger functions, and a dropped column's dependent triggers
CREATE TABLE gadgets (id int PRIMARY KEY, name text, qty int);
CREATE FUNCTION gadget_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE NOTICE '% % % old=%', TG_NAME, TG_WHEN, TG_OP, OLD;
        RETURN OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        RAISE NOTICE '% % % old=% new=%', TG_NAME, TG_WHEN, TG_OP, OLD, NEW;
    ELSE
        RAISE NOTICE '% % % new=%', TG_NAME, TG_WHEN, TG_OP, NEW;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER a_before BEFORE INSERT OR UPDATE OR DELETE ON gadgets
    FOR EACH ROW EXECUTE FUNCTION gadget_log();
CREATE TRIGGER b_after AFTER INSERT OR UPDATE ON gadgets
    FOR EACH ROW EXECUTE FUNCTION gadget_log();
INSERT INTO gadgets VALUES (1, 'spring, small', 5), (2, NULL, 7), (3, '', 0);
ALTER TABLE gadgets DISABLE TRIGGER a_before;
INSERT INTO gadgets VALUES (4, 'lever', 1);
ALTER TABLE gadgets DISABLE TRIGGER USER;
INSERT INTO gadgets VALUES (5, 'cog', 2);
ALTER TABLE gadgets ENABLE TRIGGER b_after;
UPDATE gadgets SET qty = qty + 1 WHERE id = 5;
ALTER TABLE gadgets DISABLE TRIGGER no_such_trigger;
ALTER TABLE gadgets ENABLE TRIGGER ALL;
DELETE FROM gadgets WHERE id = 4;
-- REPLICA triggers fire only in replica mode, ALWAYS ones in every mode
ALTER TABLE gadgets ENABLE REPLICA TRIGGER a_before;
ALTER TABLE gadgets ENABLE ALWAYS TRIGGER b_after;
INSERT INTO gadgets VALUES (6, 'axle', 3);
SET session_replication_role = replica;
SHOW session_replication_role;
INSERT INTO gadgets VALUES (7, 'gear "x"', 3);
SET session_replication_role = sideways;
RESET session_replication_role;
ALTER TABLE gadgets ENABLE TRIGGER a_before;
-- renaming
ALTER TRIGGER a_before ON gadgets RENAME TO c_before;
ALTER TRIGGER a_before ON gadgets RENAME TO d_before;
ALTER TRIGGER c_before ON gadgets RENAME TO b_after;
ALTER TRIGGER c_before ON no_such_table RENAME TO d_before;
UPDATE gadgets SET name = upper(name) WHERE id = 1;
-- OLD.* and NEW.* outside a SELECT list stand for the whole row
CREATE FUNCTION gadget_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.* IS DISTINCT FROM NEW.* THEN
        RAISE NOTICE 'row % changed', NEW.id;
    ELSE
        RAISE NOTICE 'row % unchanged', NEW.id;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER c_before ON gadgets;
DROP TRIGGER b_after ON gadgets;
CREATE TRIGGER changed BEFORE UPDATE ON gadgets FOR EACH ROW EXECUTE FUNCTION gadget_changed();
UPDATE gadgets SET qty = 3 WHERE id IN (5, 6);
CREATE TRIGGER when_changed AFTER UPDATE ON gadgets
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION gadget_log();
UPDATE gadgets SET qty = 4 WHERE id IN (5, 6);
-- row(OLD.*) = row(NEW.*) compares field by field: a NULL field makes it NULL, so not "unchanged"
CREATE FUNCTION gadget_compared() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    copy gadgets;
BEGIN
    SELECT NEW.* INTO copy;
    IF row(OLD.*) = row(NEW.*) THEN
        RAISE NOTICE 'row % equal, copy %', NEW.id, copy;
    ELSE
        RAISE NOTICE 'row % not equal: %', NEW.id, OLD.*::text;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER changed ON gadgets;
DROP TRIGGER when_changed ON gadgets;
CREATE TRIGGER compared BEFORE UPDATE ON gadgets FOR EACH ROW EXECUTE FUNCTION gadget_compared();
UPDATE gadgets SET qty = qty WHERE id IN (2, 5);
-- a column that a trigger fires on, or tests in WHEN, cannot be dropped without CASCADE
CREATE TABLE parts (a int, b int, c int);
CREATE TRIGGER on_b AFTER UPDATE OF b ON parts FOR EACH ROW EXECUTE FUNCTION gadget_log();
CREATE TRIGGER on_a_b AFTER UPDATE OF a, b ON parts FOR EACH ROW EXECUTE FUNCTION gadget_log();
CREATE TRIGGER when_c AFTER UPDATE ON parts FOR EACH ROW WHEN (OLD.c <> NEW.c) EXECUTE FUNCTION gadget_log();
ALTER TABLE parts DROP COLUMN b;
ALTER TABLE parts DROP COLUMN c;
ALTER TABLE parts DROP COLUMN b CASCADE;
ALTER TABLE parts DROP COLUMN c CASCADE;
UPDATE parts SET a = 1;
SELECT attname FROM pg_attribute WHERE attrelid = 'parts'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
-- what a WHEN condition or an UPDATE OF list may not say
CREATE TRIGGER bad BEFORE INSERT ON parts FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE FUNCTION gadget_log();
CREATE TRIGGER bad BEFORE DELETE OR UPDATE ON parts FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE FUNCTION gadget_log();
CREATE TRIGGER bad BEFORE UPDATE ON parts FOR EACH ROW WHEN (NEW.tableoid <> 0) EXECUTE FUNCTION gadget_log();
CREATE TRIGGER bad AFTER UPDATE ON parts FOR EACH STATEMENT WHEN (1 < 2 AND OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION gadget_log();
CREATE TRIGGER bad AFTER UPDATE OF a, a ON parts FOR EACH ROW EXECUTE FUNCTION gadget_log();
CREATE TRIGGER fine AFTER UPDATE ON parts FOR EACH STATEMENT WHEN (1 < 2) EXECUTE FUNCTION gadget_log();
