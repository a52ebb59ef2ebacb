package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays the cases PostgreSQL 15 answered (recorded by src/test/resources/types/record.sh
 * into expected.tsv) against pgmicro's codecs, casts, typmods and type names.
 */
class TypeCasesTest {
    /** One recorded case: the five case fields and PostgreSQL's answer. */
    record Case(String kind, String zone, String type, String input, String target,
                String status, String value, String message, String detail, String hint) {
        String name() {
            return kind + (zone == null ? "" : " [" + zone + "]") + " " + type + " '" + input + "'"
                    + (target == null ? "" : " → " + target);
        }
    }

    @TestFactory
    Stream<DynamicTest> recordedCases() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        FormatContext ctx = FormatContext.DEFAULT.withTimeZone(ZoneId.of(c.zone() == null ? "UTC" : c.zone()));
        String actual;
        try {
            actual = evaluate(c, ctx);
        } catch (PgException e) {
            if (c.status().equals("ok")) {
                fail("PostgreSQL gives '" + c.value() + "' but pgmicro raised " + e.sqlState() + ": " + e.getMessage()
                        + (e.detail() == null ? "" : " / " + e.detail()));
            }
            if (c.value().equals(SqlState.DATATYPE_MISMATCH)) {
                // PostgreSQL words this one with the column's name, which only the analyzer knows;
                // here it must be the refusal of a cast that assignment does not allow.
                assertEquals(SqlState.CANNOT_COERCE, e.sqlState(), "error");
                assertFalse(CastRules.allowed(TypeSpelling.parse(c.type()).type(),
                        TypeSpelling.parse(c.target()).type(), CastContext.ASSIGNMENT));
                return;
            }
            assertEquals(c.value() + " " + c.message(), e.sqlState() + " " + e.getMessage(), "error");
            assertEquals(c.detail(), e.detail(), "error detail");
            assertEquals(c.hint(), e.hint(), "error hint");
            return;
        }
        if (c.status().equals("error")) {
            fail("PostgreSQL raises " + c.value() + ": " + c.message() + " but pgmicro gives '" + actual + "'");
        }
        assertEquals(c.value(), actual);
    }

    private static String evaluate(Case c, FormatContext ctx) {
        switch (c.kind()) {
            case "in", "assign" -> {
                TypeSpelling t = TypeSpelling.parse(c.type());
                CastContext kind = c.kind().equals("in") ? CastContext.EXPLICIT : CastContext.ASSIGNMENT;
                return t.type().output(Casts.literal(c.input(), t.type(), t.typmod(), kind, ctx), ctx);
            }
            case "cast", "castassign" -> {
                TypeSpelling from = TypeSpelling.parse(c.type());
                TypeSpelling to = TypeSpelling.parse(c.target());
                CastContext kind = c.kind().equals("cast") ? CastContext.EXPLICIT : CastContext.ASSIGNMENT;
                Object value = Casts.literal(c.input(), from.type(), from.typmod(), CastContext.EXPLICIT, ctx);
                return to.type().output(Casts.cast(value, from.type(), to.type(), to.typmod(), kind, ctx), ctx);
            }
            case "fmt" -> {
                TypeSpelling t = TypeSpelling.parse(c.type());
                return TypeNames.format(t.type(), t.typmod()) + "|" + t.typmod();
            }
            case "rule" -> {
                CastContext rule = CastRules.find(TypeSpelling.parse(c.type()).type(), TypeSpelling.parse(c.target()).type());
                return rule == null ? "none" : String.valueOf(rule.code());
            }
            case "cmp" -> {
                PgType type = TypeSpelling.parse(c.type()).type();
                String a = (String) type.input(c.input(), -1, ctx);
                String b = (String) type.input(c.target(), -1, ctx);
                int sign = Integer.signum(type.equals(Types.NUMERIC) ? NumericCompare.INSTANCE.compare(a, b)
                        : IntervalCompare.INSTANCE.compare(a, b));
                return Integer.toString(sign);
            }
            default -> throw new IllegalArgumentException("unknown case kind " + c.kind());
        }
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TypeCasesTest.class.getResourceAsStream("/types/expected.tsv")) {
            assertNotNull(in, "types/expected.tsv is missing: run src/test/resources/types/record.sh");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalStateException("bad line in expected.tsv: " + line);
                }
                cases.add(new Case(copy(f[0]), copy(f[1]), copy(f[2]), Objects.requireNonNullElse(copy(f[3]), ""),
                        copy(f[4]), copy(f[5]), copy(f[6]), copy(f[7]), copy(f[8]), copy(f[9])));
            }
        }
        return cases;
    }

    /** Undoes COPY's text-format escaping; \N is NULL. */
    private static String copy(String field) {
        if (field.equals("\\N")) {
            return null;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char e = field.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
