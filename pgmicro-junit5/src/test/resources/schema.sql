-- The accounts schema the extension's tests share; applied once to a template.
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    owner text NOT NULL UNIQUE,
    balance numeric(10,2) NOT NULL DEFAULT 0
);
CREATE TABLE transfers (
    id bigserial PRIMARY KEY,
    from_account int NOT NULL REFERENCES accounts (id),
    to_account int NOT NULL REFERENCES accounts (id),
    amount numeric(10,2) NOT NULL CHECK (amount > 0)
);
