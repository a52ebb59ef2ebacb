-- generate_series over timestamps: descending steps, a zero step (an error, not an endless series), a NULL step
select * from generate_series('2020-01-01 00:00'::timestamp, '2020-01-02 03:00'::timestamp, '0 hour'::interval);
select * from generate_series('2020-01-01 00:00'::timestamptz, '2020-01-02 03:00'::timestamptz, '0 hour'::interval);
select count(*) from generate_series('2020-01-01'::timestamp, '2020-01-03'::timestamp, '1 month -30 days'::interval);
select count(*) from generate_series('2020-01-01'::timestamp, '2020-01-03'::timestamp, '1 month -31 days'::interval);
select * from generate_series('2020-01-03'::timestamp, '2020-01-01'::timestamp, '-12 hours'::interval);
select * from generate_series('2020-01-03'::timestamp, '2020-01-01'::timestamp, null::interval);
select * from generate_series('2020-01-01 00:00'::timestamp, '2020-01-01 03:00'::timestamp, '1 hour'::interval);
