CREATE TABLE todo (
    id serial PRIMARY KEY,
    title text NOT NULL CHECK (title <> ''),
    done boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX todo_open_title_key ON todo (title) WHERE NOT done;
