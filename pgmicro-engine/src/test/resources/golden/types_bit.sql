-- bit(n) and bit varying(n): literals, input, length coercion, casts, operators, functions
SELECT B'1011', X'1F', B'', pg_typeof(B'101'), pg_typeof(B'1'::varbit), pg_typeof(B'1' || B'0');
SELECT B'12';
SELECT X'1G';
SELECT '101'::bit(3), '101'::bit varying(5), '101'::varbit, 'x1f'::bit(8), 'X1F'::varbit, 'b11'::bit(2);
SELECT '1021'::bit(4);
SELECT 'x1g'::bit(8);
-- explicit casts pad or cut; assignments must fit
SELECT '101'::bit(4), '101'::bit(2), B'101'::bit(2), B'1'::bit(3), '10101'::varbit(3), B'1'::varbit::bit(3);
SELECT 1::bit(0);
SELECT 1::bit varying(0);
SELECT 1::bit(100000000);
CREATE TABLE bits (a bit(3), b bit varying(5), c varbit, d bit);
INSERT INTO bits VALUES (B'101', B'11', B'1111111111', B'1');
INSERT INTO bits VALUES (B'10', B'11', B'1', B'1');
INSERT INTO bits VALUES (B'101', B'111111', B'1', B'1');
INSERT INTO bits VALUES ('101', '11', '1', '10');
INSERT INTO bits VALUES ('111', '0', '', '0'), ('000', NULL, '01', '1');
SELECT * FROM bits ORDER BY a, b;
SELECT a::text, b::varchar, c || d, length(c), b::bit(3) FROM bits ORDER BY a;
UPDATE bits SET b = a WHERE d = B'0' RETURNING a, b;
SELECT 'abc' || a FROM bits;
\d bits
DROP TABLE bits;
-- integers
SELECT 1::bit, 5::bit(4), 10::bit(3), (-1)::bit(8), 300::bit(4), 5::bigint::bit(70), (-5)::bigint::bit(8);
SELECT B'1011'::int, B'1011'::bigint, X'FFFFFFFF'::int, 255::bit(8)::int, X'FFFFFFFFFFFFFFFF'::bigint;
SELECT B'111111111111111111111111111111111'::int;
SELECT 5::int2::bit(4);
SELECT 2.5::bit;
SELECT true::bit;
SELECT B'10'::bool;
SELECT 'abc'::text::bit;
SELECT B'1010'::text::varbit, cast(B'101' as varchar(2));
-- operators
SELECT B'101' & B'011', B'101' | B'011', B'101' # B'011', ~ B'101', B'1011' << 1, B'1011' >> 2, B'1011' << -1;
SELECT B'1011' << 100, B'1011' >> -2, '11'::bit(2) << 5;
SELECT B'101' & B'0110';
SELECT B'101' | B'0110';
SELECT B'101' # B'0110';
SELECT pg_typeof(~B'1'::varbit), pg_typeof(B'1'::varbit & B'0'::varbit), pg_typeof(B'1'::varbit << 1);
SELECT B'10' < B'100', B'11' > B'100', B'1' = B'1'::varbit, B'10'::bit(2) = '10', B'10' = B'10'::bit(3);
SELECT B'1' = B'10', B'1' < B'10', B'0' < B'00', B'01' < B'1', B'1' > B'1'::varbit;
SELECT B'1' IS DISTINCT FROM B'1', B'1' BETWEEN B'0' AND B'11', B'10' || '01', B'10' || 'x1';
-- functions
SELECT B'101' || B'11', bit_length(B'10101'), length(B'10101'), octet_length(B'101010101'), bit_count(B'10111');
SELECT length(B'101'::varbit), bit_length('x1'::varbit), bitcat(B'1', B'0');
SELECT substring(B'110101' from 2 for 3), substring(B'110101' from 4), position(B'01' in B'110101'), position(B'' in B'1');
SELECT get_bit(B'1010', 0), set_bit(B'1010', 1, 1), overlay(B'11111' placing B'00' from 2), overlay(B'11111' placing B'0' from 2 for 3);
SELECT pg_typeof(substring(B'11' from 1)), pg_typeof(overlay(B'1' placing B'0' from 1));
SELECT get_bit(B'1010', 4);
SELECT set_bit(B'1010', 1, 2);
SELECT substring(B'1010' from 2 for -1);
SELECT overlay('abcdef' placing 'XY' from 3), overlay('abcdef' placing 'XY' from 2 for 4), overlay('abc' placing 'Z' from 5);
SELECT overlay('abc' placing 'Z' from 0);
SELECT ARRAY[B'1', B'01'], '{101,11}'::bit varying[], pg_typeof('{1}'::bit[]);
SELECT position(B'' IN B''), position(B'' IN B'1'), position(B'11' IN B'1');
-- defaults and type names: a bit without modifier prints quoted where one could follow
CREATE TABLE bit_defaults (b1 bit(4) DEFAULT '1001', b2 bit(4) DEFAULT B'0101', b3 bit varying(5) DEFAULT '1001',
                           b4 bit varying(5) DEFAULT B'0101', b5 "bit", b6 varbit DEFAULT X'F');
\d bit_defaults
INSERT INTO bit_defaults DEFAULT VALUES;
TABLE bit_defaults;
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'bit_defaults'::regclass ORDER BY adnum;
SELECT format_type(1560, NULL), format_type(1560, -1), format_type(1560, 5), format_type(1562, NULL), format_type(1562, 3),
       format_type(1042, NULL), format_type(1042, -1);
DROP TABLE bit_defaults;
