-- pg_trigger and information_schema.triggers describe the user's triggers
CREATE TABLE watched (a int, b text);
CREATE VIEW watched_view AS SELECT a, b FROM watched;
CREATE FUNCTION watch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER w_row BEFORE INSERT OR UPDATE OF b ON watched FOR EACH ROW EXECUTE FUNCTION watch('x', 'it''s');
CREATE TRIGGER w_when AFTER UPDATE ON watched FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE FUNCTION watch();
CREATE TRIGGER w_when_any AFTER UPDATE ON watched FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION watch();
CREATE TRIGGER w_stmt AFTER DELETE OR TRUNCATE ON watched FOR EACH STATEMENT WHEN (true) EXECUTE FUNCTION watch();
CREATE TRIGGER w_instead INSTEAD OF INSERT OR DELETE ON watched_view FOR EACH ROW EXECUTE FUNCTION watch();
ALTER TABLE watched DISABLE TRIGGER w_when;
ALTER TABLE watched ENABLE REPLICA TRIGGER w_stmt;
SELECT tgname, tgrelid::regclass, tgfoid <> 0 AS has_function, tgtype, tgenabled, tgisinternal, tgnargs, tgattr, tgargs,
       tgdeferrable, tgconstraint
  FROM pg_trigger ORDER BY tgname;
SELECT trigger_catalog = current_database() AS same_db, trigger_schema, trigger_name, event_manipulation,
       event_object_schema, event_object_table, action_order, action_condition, action_statement,
       action_orientation, action_timing, action_reference_old_table, action_reference_new_table
  FROM information_schema.triggers ORDER BY trigger_name COLLATE "C", event_manipulation;
ALTER TRIGGER w_row ON watched RENAME TO w_first;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'watched'::regclass ORDER BY 1;
DROP TABLE watched CASCADE;
SELECT count(*) FROM pg_trigger;
