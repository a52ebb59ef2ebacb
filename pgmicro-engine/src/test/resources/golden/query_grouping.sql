-- GROUP BY, HAVING, aggregates with FILTER / ORDER BY / DISTINCT
CREATE TABLE sales (region text, product text, amount int, sold_on date);
INSERT INTO sales VALUES
    ('north', 'a', 10, '2024-01-01'), ('north', 'b', 20, '2024-01-02'), ('north', 'a', 5, '2024-01-03'),
    ('south', 'a', 7, '2024-01-01'), ('south', 'c', NULL, '2024-01-04'), ('east', 'b', 3, '2024-01-02');
SELECT region, count(*), count(amount), sum(amount), avg(amount), min(amount), max(amount) FROM sales GROUP BY region ORDER BY region;
SELECT region, product, sum(amount) FROM sales GROUP BY region, product ORDER BY region, product;
SELECT region, sum(amount) FROM sales GROUP BY region HAVING sum(amount) > 10 ORDER BY region;
SELECT region, count(*) FILTER (WHERE amount > 6) AS big, sum(amount) FILTER (WHERE product = 'a') AS a_total FROM sales GROUP BY region ORDER BY region;
SELECT string_agg(product, ',' ORDER BY product DESC) FROM sales;
SELECT region, string_agg(DISTINCT product, '|' ORDER BY product) FROM sales GROUP BY region ORDER BY region;
SELECT array_agg(amount ORDER BY amount NULLS FIRST) FROM sales;
SELECT count(DISTINCT product), count(DISTINCT region), sum(DISTINCT amount) FROM sales;
SELECT bool_and(amount > 2), bool_or(amount > 15), every(amount IS NOT NULL) FROM sales;
SELECT count(*), sum(amount), avg(amount), max(amount) FROM sales WHERE false;
SELECT region FROM sales GROUP BY region ORDER BY count(*) DESC, region;
SELECT product, sum(amount) AS total FROM sales GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1;
SELECT region, product FROM sales GROUP BY region;
SELECT sum(amount) FROM sales HAVING sum(amount) > 1000;
SELECT 1 AS one HAVING 1 = 1;
SELECT extract(month FROM sold_on) AS m, sum(amount) FROM sales GROUP BY extract(month FROM sold_on);
SELECT amount > 5 AS big, count(*) FROM sales GROUP BY amount > 5 ORDER BY big NULLS FIRST;
SELECT region, sum(amount), rank() OVER (ORDER BY sum(amount) DESC NULLS LAST) FROM sales GROUP BY region ORDER BY region;
SELECT sum(amount)::numeric / count(*) AS ratio, stddev_samp(amount)::numeric(10,4), variance(amount)::numeric(10,4) FROM sales;
SELECT avg(x), avg(x::numeric), sum(x::bigint) FROM (VALUES (1), (2), (2)) v(x);
SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
SELECT sum(sum(amount)) FROM sales;
SELECT region FROM sales WHERE count(*) > 1 GROUP BY region;
DROP TABLE sales;
