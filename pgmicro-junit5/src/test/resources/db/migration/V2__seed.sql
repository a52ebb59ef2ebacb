INSERT INTO accounts (owner) VALUES ('carol');
