--liquibase formatted sql

--changeset pgmicro:1
CREATE TABLE accounts (id serial PRIMARY KEY, owner text NOT NULL UNIQUE);

--changeset pgmicro:2
INSERT INTO accounts (owner) VALUES ('dora');
