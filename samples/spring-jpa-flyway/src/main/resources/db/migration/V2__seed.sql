INSERT INTO author (name) VALUES ('Ursula K. Le Guin'), ('Italo Calvino');
INSERT INTO book (isbn, title, author_id, published, price) VALUES
    ('9780441478125', 'The Left Hand of Darkness', 1, '1969-03-01', 9.99),
    ('9780547572482', 'The Dispossessed', 1, '1974-05-01', 11.50),
    ('9780156439619', 'Invisible Cities', 2, '1972-11-01', 12.00);
