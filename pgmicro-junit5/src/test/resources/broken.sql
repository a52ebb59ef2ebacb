CREATE TABLE fine (id int);
INSERT INTO no_such_table VALUES (1);
CREATE TABLE never_reached (id int);
