INSERT INTO accounts (owner) VALUES ('alice'), ('bob');
