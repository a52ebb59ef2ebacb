package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Binary send/receive against PostgreSQL 15's own send functions: every expected hex
 * string was printed by {@code encode(<type>_send(value), 'hex')} on a PostgreSQL 15.
 */
class BinaryValuesTest {
    private static final FormatContext UTC = FormatContext.DEFAULT;

    @ParameterizedTest(name = "numeric {0}")
    @CsvSource(delimiter = '|', value = {
            "0|0000000000000000",
            "1|00010000000000000001",
            "-1|00010000400000000001",
            "12.345|0002000000000003000c0d7a",
            "0.0001|0001ffff000000040001",
            "10000|00010001000000000001",
            "123456789.000100|0004000200000006000109291a850001",
            "-0.5|0001ffff400000011388",
            "NaN|00000000c0000000",
            "Infinity|00000000d0000020",
            "-Infinity|00000000f0000020",
            "1e20|00010005000000000001",
            "0.00|0000000000000002",
            "99999999.99|0003000100000002270f270f26ac",
    })
    void numeric(String text, String hex) {
        roundTrip(Types.NUMERIC, text, hex);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "date|2024-01-02|0000223f",
            "date|1999-12-31|ffffffff",
            "date|infinity|7fffffff",
            "date|0044-03-15 BC|fff49d7b",
            "timestamp|2024-01-02 03:04:05.123456|0002b0ec8517d580",
            "timestamp|0001-01-01 00:00:00 BC|ff1fc63d1bb12000",
            "timestamptz|2024-01-02 03:04:05+02|0002b0ead7eeab40",
            "time|13:14:15.5|0000000b187d38e0",
            "timetz|13:14:15+05:30|0000000b187597c0ffffb2a8",
            "interval|1 year 2 mons 3 days 04:05:06.7|000000036c966ee0000000030000000e",
            "_int4|{1,2,NULL}|000000010000000100000017000000030000000100000004000000010000000400000002ffffffff",
            "_int4|{}|000000000000000000000017",
            "_text|{a,\"b c\"}|0000000100000000000000190000000200000001000000016100000003622063",
            "int4|-2|fffffffe",
            "int8|5000000000|000000012a05f200",
            "int2|7|0007",
            "bool|t|01",
            "float8|1.5|3ff8000000000000",
            "float4|-2.5|c0200000",
            "uuid|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11|a0eebc999c0b4ef8bb6d6bb9bd380a11",
            "text|héllo|68c3a96c6c6f",
            "jsonb|{\"a\": 1}|017b2261223a20317d",
            "json|{\"a\":1}|7b2261223a317d",
            "name|abc|616263",
            "char|x|78",
            "bpchar|ab|6162",
            "varchar|xy|7879",
            "bytea|\\x0001ff|0001ff",
            "oid|1259|000004eb",
            "xid|77|0000004d",
            "regclass|1259|000004eb",
            "regtype|23|00000017",
            "regproc|1242|000004da",
            "regprocedure|1242|000004da",
            "regnamespace|11|0000000b",
            "regrole|10|0000000a",
            "bit|10110|00000005b0",
            "bit|10101010|00000008aa",
            "varbit|101100111|00000009b380",
            "varbit|''|00000000",
            "_varbit|{101}|00000001000000000000061a00000001000000010000000500000003a0",
            "_numeric|{1.5,NULL}|0000000100000001000006a400000002000000010000000c000200000000000100011388ffffffff",
    })
    void types(String typeName, String text, String hex) {
        roundTrip(Types.byName(typeName), text, hex);
    }

    /**
     * The types a column or parameter can have, each with a case above (their arrays go
     * through array_send, checked for a few element types); left out are the pseudo-types
     * and the catalog's internal types, which PostgreSQL clients never bind or fetch.
     */
    @Test
    void everyColumnTypeHasABinaryCase() throws Exception {
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (String row : BinaryValuesTest.class.getDeclaredMethod("types", String.class, String.class, String.class)
                .getAnnotation(CsvSource.class).value()) {
            covered.add(row.substring(0, row.indexOf('|')));
        }
        covered.add("numeric");
        java.util.Set<String> internal = java.util.Set.of("oidvector", "pg_node_tree", "unknown");
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (PgType t : Types.all()) {
            if (!t.isArray() && t.category() != 'P' && !internal.contains(t.name()) && !covered.contains(t.name())) {
                missing.add(t.name());
            }
        }
        assertEquals(java.util.List.of(), missing);
    }

    @Test
    void badBitStringLengthIsPostgresBinaryFormatError() {
        // 9 bits need two bytes
        PgException e = assertThrows(PgException.class,
                () -> BinaryValues.decode(Types.VARBIT, HexFormat.of().parseHex("00000009b3"), UTC, 1));
        assertEquals("22P03", e.sqlState());
    }

    @Test
    void wrongLengthIsPostgresBinaryFormatError() {
        PgException e = assertThrows(PgException.class,
                () -> BinaryValues.decode(Types.INT4, new byte[] {1, 2}, UTC, 3));
        assertEquals("22P03", e.sqlState());
        assertEquals("incorrect binary data format in bind parameter 3", e.getMessage());
    }

    @Test
    void byteaTravelsAsItsBytes() {
        byte[] bytes = {0, 1, (byte) 0xff};
        assertArrayEquals(bytes, BinaryValues.encode(Types.BYTEA, bytes, UTC));
        assertArrayEquals(bytes, (byte[]) BinaryValues.decode(Types.BYTEA, bytes, UTC, 1));
    }

    private static void roundTrip(PgType type, String text, String hex) {
        Object storage = type.input(text, -1, UTC);
        byte[] expected = HexFormat.of().parseHex(hex);
        assertEquals(hex, HexFormat.of().formatHex(BinaryValues.encode(type, storage, UTC)), "send " + text);
        assertEquals(type.output(storage, UTC), type.output(BinaryValues.decode(type, expected, UTC, 1), UTC),
                "receive " + text);
    }
}
