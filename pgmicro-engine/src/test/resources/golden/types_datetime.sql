-- date, time, timestamp, timestamptz and interval: input and output
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SELECT '2024-02-29'::date, '12:34:56.789'::time, '2024-02-29 12:34:56'::timestamp;
SELECT '2024-02-29 12:34:56+02'::timestamptz;
SELECT '2024-13-01'::date;
SELECT '2023-02-29'::date;
SELECT 'not a date'::date;
SELECT '25:00:00'::time;
SELECT '2024-01-01 24:00:00'::timestamp, '24:00:00'::time;
SELECT 'epoch'::timestamp, 'infinity'::timestamp, '-infinity'::date;
SELECT '1 day'::interval, '1 year 2 months 3 days 04:05:06'::interval, '-1 hour'::interval;
SELECT '90 minutes'::interval, '36 hours'::interval, '1.5 days'::interval, interval '1' month;
SELECT date '2024-01-31' + 1, date '2024-03-01' - 1, date '2024-03-01' - date '2024-01-01';
SELECT date '2024-01-31' + interval '1 month', timestamp '2024-01-31 10:00' + interval '1 month 1 hour';
SELECT timestamp '2024-03-01 00:00' - timestamp '2024-02-28 12:30';
SELECT time '10:00' + interval '3 hours', time '23:00' + interval '2 hours';
SELECT timestamptz '2024-06-01 12:00:00+00' AT TIME ZONE 'America/New_York';
SELECT timestamp '2024-06-01 12:00:00' AT TIME ZONE 'Europe/Berlin';
SET TimeZone = 'America/New_York';
SELECT timestamptz '2024-06-01 12:00:00+00', timestamptz '2024-01-01 12:00:00+00';
SELECT '2024-06-01 12:00:00'::timestamptz;
SET TimeZone = 'Asia/Kolkata';
SELECT timestamptz '2024-06-01 12:00:00+00';
SET TimeZone = 'UTC';
SELECT '2024-02-29 12:34:56.123456'::timestamp, '2024-02-29 12:34:56.1234567'::timestamp;
SELECT '2024-02-29 12:34:56.5'::timestamp(0), '12:34:56.789'::time(1);
SELECT '0001-01-01'::date, '9999-12-31'::date, '2000-01-01 BC'::date;
SELECT date '2024-02-29' < date '2024-03-01', timestamp '2024-01-01' = timestamptz '2024-01-01 00:00+00';
CREATE TABLE events (id int, at timestamptz, d date, dur interval);
INSERT INTO events VALUES
    (1, '2024-01-15 08:00:00+00', '2024-01-15', '2 hours'),
    (2, '2024-01-15 20:30:00+05', '2024-02-01', '1 day'),
    (3, NULL, NULL, NULL);
SELECT * FROM events ORDER BY id;
SELECT id, at + dur AS ends FROM events ORDER BY at NULLS FIRST;
SELECT max(at), min(d), sum(dur) FROM events;
DROP TABLE events;
