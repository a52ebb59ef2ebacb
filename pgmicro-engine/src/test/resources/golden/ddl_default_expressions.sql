-- DEFAULT expressions evaluated per row: now(), CURRENT_TIMESTAMP, gen_random_uuid(), nextval
CREATE SEQUENCE ticket_seq START 100;
CREATE TABLE tickets (
    id bigint DEFAULT nextval('ticket_seq') PRIMARY KEY,
    token uuid DEFAULT gen_random_uuid(),
    created_at timestamptz DEFAULT now(),
    updated_at timestamp DEFAULT CURRENT_TIMESTAMP,
    created_on date DEFAULT CURRENT_DATE,
    note text
);
\d tickets
BEGIN;
INSERT INTO tickets (note) VALUES ('a'), ('b') RETURNING id, note, created_at = now() AS at_now;
INSERT INTO tickets (note) VALUES ('c');
SELECT id, note, created_at = now() AS at_now, updated_at = now()::timestamp AS local_now,
       created_on = current_date AS today, length(token::text) AS uuid_length
  FROM tickets ORDER BY id;
COMMIT;
SELECT count(DISTINCT token) AS distinct_tokens, count(*) FROM tickets;
SELECT substr(token::text, 15, 1) AS version, substr(token::text, 20, 1) IN ('8', '9', 'a', 'b') AS variant FROM tickets ORDER BY id;
INSERT INTO tickets (id, token, note) VALUES (1, '00000000-0000-0000-0000-000000000000', 'given') RETURNING id, token, note;
ALTER TABLE tickets ALTER COLUMN note SET DEFAULT 'n/a' || now()::date::text;
INSERT INTO tickets DEFAULT VALUES RETURNING id, note = 'n/a' || current_date::text AS default_note;
SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 'tickets' ORDER BY ordinal_position;
DROP TABLE tickets;
DROP SEQUENCE ticket_seq;
-- stored expressions print with PostgreSQL's parentheses, plain and pretty
CREATE TABLE printed (v varchar(5) CHECK (v <> ''), n int DEFAULT (1 + 2)::text::int, d date DEFAULT now()::date, w text DEFAULT 'x' || 'y');
SELECT pg_get_expr(adbin, adrelid), pg_get_expr(adbin, adrelid, true) FROM pg_attrdef WHERE adrelid = 'printed'::regclass ORDER BY adnum;
SELECT pg_get_constraintdef(oid), pg_get_constraintdef(oid, true) FROM pg_constraint WHERE conrelid = 'printed'::regclass;
SELECT check_clause FROM information_schema.check_constraints WHERE constraint_name LIKE 'printed%';
DROP TABLE printed;
