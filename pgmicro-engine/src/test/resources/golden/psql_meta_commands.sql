-- psql's describe meta-commands: \dt, \d NAME, \di, \dn, \d with no name; \q ends the script
CREATE SCHEMA inventory;
CREATE TABLE inventory.items (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    price numeric(10,2) DEFAULT 0 CHECK (price >= 0),
    tags text[],
    added timestamptz DEFAULT now()
);
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id int REFERENCES inventory.items (id) ON DELETE CASCADE,
    quantity int NOT NULL DEFAULT 1,
    note text
);
CREATE INDEX orders_item_idx ON orders (item_id);
CREATE UNIQUE INDEX orders_note_idx ON orders (lower(note)) WHERE note IS NOT NULL;
CREATE VIEW big_orders AS SELECT * FROM orders WHERE quantity > 10;
CREATE SEQUENCE counter;
\dt
\dt inventory.*
\d orders
\d inventory.items
\d big_orders
\di
\dn
\d
SET search_path = inventory, public;
\dt
\d items
RESET search_path;
\d nosuch
\dt nosuch
DROP VIEW big_orders;
DROP TABLE orders;
DROP SCHEMA inventory CASCADE;
DROP SEQUENCE counter;
\q
SELECT 'not reached';
