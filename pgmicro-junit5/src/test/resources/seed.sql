INSERT INTO accounts (owner, balance) VALUES ('alice', 100), ('bob', 50);
