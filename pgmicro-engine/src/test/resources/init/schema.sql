CREATE TABLE accounts (id serial PRIMARY KEY, owner text NOT NULL UNIQUE);
-- a comment; with a semicolon
CREATE INDEX accounts_owner ON accounts (owner);
