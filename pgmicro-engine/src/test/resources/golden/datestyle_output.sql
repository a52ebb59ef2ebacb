-- DateStyle: how dates and timestamps print in each output style and field order
CREATE TABLE moments (d date, ts timestamp, tz timestamptz);
SET TIME ZONE 'America/Los_Angeles';
INSERT INTO moments VALUES
    ('1997-02-10', '1997-02-10 17:32:01.5', '1997-02-10 17:32:01.5-08'),
    ('2001-09-22', '2001-09-22 18:19:20', '2001-09-22 18:19:20-07'),
    ('0044-03-15 BC', '0044-03-15 12:00:00 BC', '0044-03-15 12:00:00+00 BC'),
    ('10000-01-01', '10000-01-01 00:00:00', '10000-01-01 00:00:00+00'),
    ('infinity', '-infinity', 'infinity');
SET datestyle = 'Postgres, MDY';
SELECT * FROM moments;
SET datestyle = 'Postgres, DMY';
SELECT * FROM moments;
SET datestyle = 'SQL, MDY';
SELECT * FROM moments;
SET datestyle = 'SQL, DMY';
SELECT * FROM moments;
SET datestyle = 'German';
SHOW datestyle;
SELECT * FROM moments;
-- a style alone keeps the field order, an order alone keeps the style
SET datestyle = 'Postgres';
SHOW datestyle;
SET datestyle = 'MDY';
SHOW datestyle;
SET datestyle = 'Postgres, DMY, default';
SHOW datestyle;
SET datestyle = 'ISO, SQL';
SET datestyle = 'DMY, MDY';
SET datestyle = 'Postgres, bogus';
SHOW datestyle;
-- casts to text follow the style; JSON keeps ISO
SET datestyle = 'SQL, DMY';
SELECT d::text, ts::text, tz::text, to_json(d) AS json_d FROM moments WHERE d = '1997-02-10';
-- other zones print their abbreviation or, for a bare offset, the offset
SET datestyle = 'Postgres, MDY';
SET TIME ZONE 'UTC';
SELECT tz FROM moments WHERE d = '1997-02-10';
SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE;
SELECT tz FROM moments WHERE d = '1997-02-10';
SET TIME ZONE 'Europe/Helsinki';
SELECT tz FROM moments WHERE d = '2001-09-22';
-- input in the printed forms reads back
SELECT 'Mon Feb 10 17:32:01.5 1997 PST'::timestamptz = tz AS same FROM moments WHERE d = '1997-02-10';
RESET datestyle;
SELECT d, ts FROM moments WHERE d = '1997-02-10';
