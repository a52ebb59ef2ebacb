INSERT INTO customers (email, name) VALUES
    ('ada@example.com', 'Ada Lovelace'),
    ('alan@example.com', 'Alan Turing'),
    ('grace@example.com', 'Grace Hopper');

INSERT INTO orders (customer_id, status, total)
SELECT id, 'paid', 120.50 FROM customers WHERE email = 'ada@example.com';
INSERT INTO orders (customer_id, status, total)
SELECT id, 'shipped', 30.25 FROM customers WHERE email = 'ada@example.com';
INSERT INTO orders (customer_id, total)
SELECT id, 9.99 FROM customers WHERE email = 'grace@example.com';
