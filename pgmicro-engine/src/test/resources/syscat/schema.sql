CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email text UNIQUE,
    rating numeric(5,2) CHECK (rating >= 0),
    feeling mood DEFAULT 'ok',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE authors IS 'People who write';
COMMENT ON COLUMN authors.email IS 'Contact address';
CREATE TABLE books (
    id bigserial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title text NOT NULL,
    pages int CHECK (pages > 0),
    isbn char(13)
);
CREATE INDEX books_title_idx ON books (title) WHERE pages > 100;
CREATE INDEX books_upper_title_idx ON books (upper(title));
CREATE UNIQUE INDEX books_isbn_idx ON books (isbn);
CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 300;
CREATE SEQUENCE ticket_seq START 100 INCREMENT 5;
CREATE TABLE shapes (
    a numeric DEFAULT 0,
    b text DEFAULT 'q',
    c int DEFAULT 1 + 2,
    d numeric(5,2) CHECK (d > 1.5 AND d < 100),
    e varchar(3) CHECK (e IN ('a', 'b')),
    f bool DEFAULT true,
    g date DEFAULT current_date,
    h timestamp DEFAULT current_timestamp,
    i int CHECK (i BETWEEN 1 AND 3),
    j text CHECK (j <> '' AND length(j) > 2),
    k int,
    CONSTRAINT k_or_j CHECK (k IS NOT NULL OR j IS NULL)
);
