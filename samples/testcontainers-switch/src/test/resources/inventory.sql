CREATE TABLE product (
    sku text PRIMARY KEY,
    name text NOT NULL,
    stock integer NOT NULL CHECK (stock >= 0)
);
INSERT INTO product VALUES ('A-1', 'anvil', 3), ('R-7', 'rope', 40);
