ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE orders ADD COLUMN note varchar(500) DEFAULT '';
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
CREATE INDEX orders_status_total_idx ON orders (status, total DESC);
