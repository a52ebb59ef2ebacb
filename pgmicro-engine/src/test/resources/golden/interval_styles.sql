-- IntervalStyle: how intervals print in each style
SET intervalstyle = postgres_verbose;
SELECT interval '1 year 2 mons 3 days 04:05:06.789', interval '-1 day 2 hours', interval '0', interval '-1 year -2 mons', interval '1 sec', interval '-1.5 sec', interval '-00:00:01', interval '1 day -00:00:01', interval '3 days 1 sec';
SET intervalstyle = iso_8601;
SELECT interval '1 year 2 mons 3 days 04:05:06.789', interval '-1 day 2 hours', interval '0', interval '-1.5 sec', interval '1 mon -1 sec';
SET intervalstyle = sql_standard;
SELECT interval '1 year 2 mons', interval '-1 year -2 mons', interval '3 days 04:05:06.5', interval '-3 days -04:05:06', interval '1 year 2 mons 3 days 04:05:06', interval '0', interval '04:05', interval '1 day -1 sec';
SET intervalstyle = postgres_verbose;
CREATE TABLE spans (i interval);
INSERT INTO spans VALUES ('1 day 2 hours'), ('-6 years'), ('@ 2 mins ago');
SELECT i, i::text FROM spans;
RESET intervalstyle;
SELECT i FROM spans;
SET intervalstyle = bogus;
