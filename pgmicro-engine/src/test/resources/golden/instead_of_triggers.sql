-- INSTEAD OF triggers on views: the trigger carries out the change, the view's statement
-- triggers fire around it, RETURNING shows the row the trigger returned
CREATE TABLE stock (sku int PRIMARY KEY, label text, qty int NOT NULL DEFAULT 0);
CREATE TABLE suppliers (sku int, supplier text);
INSERT INTO stock VALUES (1, 'bolt', 10), (2, 'nut', 20);
INSERT INTO suppliers VALUES (1, 'acme'), (2, 'globex');
CREATE VIEW stock_view AS SELECT s.sku, s.label, s.qty, p.supplier FROM stock s JOIN suppliers p USING (sku);
CREATE FUNCTION stock_view_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% % % % on %: old=% new=%', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, OLD, NEW;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stock VALUES (NEW.sku, NEW.label, coalesce(NEW.qty, 0));
        INSERT INTO suppliers VALUES (NEW.sku, NEW.supplier);
        NEW.qty := coalesce(NEW.qty, 0);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.qty < 0 THEN
            RETURN NULL;
        END IF;
        UPDATE stock SET label = NEW.label, qty = NEW.qty WHERE sku = OLD.sku;
        UPDATE suppliers SET supplier = NEW.supplier WHERE sku = OLD.sku;
        RETURN NEW;
    ELSE
        DELETE FROM suppliers WHERE sku = OLD.sku;
        DELETE FROM stock WHERE sku = OLD.sku;
        RETURN OLD;
    END IF;
END $$;
CREATE FUNCTION stock_view_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% % % %', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP;
    RETURN NULL;
END $$;
-- without a trigger the join view cannot be changed
INSERT INTO stock_view VALUES (3, 'washer', 5, 'initech');
-- what views do not allow
CREATE TRIGGER bad BEFORE INSERT ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER bad AFTER UPDATE ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER bad BEFORE TRUNCATE ON stock_view EXECUTE FUNCTION stock_view_statement();
CREATE TRIGGER bad INSTEAD OF INSERT ON stock EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER bad INSTEAD OF UPDATE ON stock_view EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER bad INSTEAD OF UPDATE ON stock_view FOR EACH ROW WHEN (OLD.qty <> NEW.qty)
    EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER bad INSTEAD OF UPDATE OF qty ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER instead_ins INSTEAD OF INSERT ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER instead_upd INSTEAD OF UPDATE ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER instead_del INSTEAD OF DELETE ON stock_view FOR EACH ROW EXECUTE FUNCTION stock_view_change();
CREATE TRIGGER before_stmt BEFORE INSERT OR UPDATE OR DELETE ON stock_view
    FOR EACH STATEMENT EXECUTE FUNCTION stock_view_statement();
CREATE TRIGGER after_stmt AFTER INSERT OR UPDATE OR DELETE ON stock_view
    FOR EACH STATEMENT EXECUTE FUNCTION stock_view_statement();
INSERT INTO stock_view VALUES (3, 'washer', 5, 'initech');
INSERT INTO stock_view (sku, label, supplier) VALUES (4, 'rivet', 'acme'), (5, 'pin', 'umbrella') RETURNING *;
INSERT INTO stock_view (sku, label) SELECT sku + 10, label || '-xl' FROM stock WHERE sku < 3 RETURNING sku, label;
UPDATE stock_view SET qty = qty + 1 WHERE supplier = 'acme';
UPDATE stock_view SET qty = -1 WHERE sku = 1 RETURNING *;
UPDATE stock_view v SET label = upper(v.label), supplier = 'hooli' WHERE v.sku IN (2, 3) RETURNING v.sku, v.label, qty * 2 AS double_qty;
UPDATE stock_view SET qty = 0 WHERE false;
UPDATE stock_view SET nosuch = 1;
DELETE FROM stock_view WHERE sku > 10 RETURNING sku, label;
DELETE FROM stock_view WHERE sku = 5;
SELECT * FROM stock_view ORDER BY sku;
SELECT * FROM stock ORDER BY sku;
-- a trigger's error undoes the whole statement
CREATE OR REPLACE FUNCTION stock_view_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_WHEN = 'AFTER' THEN
        RAISE EXCEPTION 'after % refused', TG_OP;
    END IF;
    RETURN NULL;
END $$;
INSERT INTO stock_view VALUES (6, 'gear', 1, 'acme');
SELECT count(*) FROM stock WHERE sku = 6;
-- a simple view that is updatable by itself still goes through its INSTEAD OF trigger
DROP TRIGGER after_stmt ON stock_view;
CREATE VIEW plain_stock AS SELECT sku, label FROM stock;
CREATE FUNCTION no_op() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE TRIGGER no_op INSTEAD OF INSERT OR UPDATE OR DELETE ON plain_stock FOR EACH ROW EXECUTE FUNCTION no_op();
INSERT INTO plain_stock VALUES (7, 'cog') RETURNING *;
UPDATE plain_stock SET label = 'x' RETURNING label;
DELETE FROM plain_stock RETURNING sku;
SELECT count(*) FROM stock;
-- dropping the view drops its triggers
DROP VIEW plain_stock;
DROP FUNCTION no_op();
