-- window functions
CREATE TABLE scores (player text, team text, points int, played date);
INSERT INTO scores VALUES
    ('ann', 'red', 10, '2024-01-01'), ('bob', 'red', 20, '2024-01-02'), ('cy', 'red', 20, '2024-01-03'),
    ('dee', 'blue', 5, '2024-01-01'), ('eve', 'blue', 15, '2024-01-02'), ('fay', 'blue', NULL, '2024-01-03');
SELECT player, points, row_number() OVER (ORDER BY points DESC NULLS LAST, player) FROM scores ORDER BY player;
SELECT player, team, points, rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w
  FROM scores WINDOW w AS (PARTITION BY team ORDER BY points DESC) ORDER BY team, player;
SELECT player, team, sum(points) OVER (PARTITION BY team) AS team_total, count(*) OVER () AS n FROM scores ORDER BY player;
SELECT player, points, sum(points) OVER (ORDER BY played, player) AS running FROM scores ORDER BY played, player;
SELECT player, points, avg(points) OVER (ORDER BY player ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)::numeric(10,2) AS moving FROM scores ORDER BY player;
SELECT player, lag(points) OVER (ORDER BY player), lead(points, 2, -1) OVER (ORDER BY player) FROM scores ORDER BY player;
SELECT player, first_value(player) OVER w, last_value(player) OVER w, nth_value(player, 2) OVER w
  FROM scores WINDOW w AS (PARTITION BY team ORDER BY player ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY player;
SELECT player, ntile(3) OVER (ORDER BY player) FROM scores ORDER BY player;
SELECT player, points, sum(points) OVER (ORDER BY points RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM scores ORDER BY points NULLS LAST, player;
SELECT team, player, points FROM (SELECT *, row_number() OVER (PARTITION BY team ORDER BY points DESC NULLS LAST) AS rn FROM scores) s WHERE rn = 1 ORDER BY team;
SELECT player, max(points) OVER (PARTITION BY team ORDER BY played) FROM scores ORDER BY player;
SELECT player, count(points) OVER (PARTITION BY team), count(*) OVER (PARTITION BY team) FROM scores ORDER BY player;
SELECT player FROM scores WHERE row_number() OVER () > 1;
SELECT player, rank() FROM scores;
SELECT team, sum(points), sum(sum(points)) OVER () FROM scores GROUP BY team ORDER BY team;
SELECT player, string_agg(player, ',') OVER (PARTITION BY team ORDER BY player) FROM scores ORDER BY player;
DROP TABLE scores;
