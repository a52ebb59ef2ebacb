package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Text I/O of a composite type (CREATE TYPE name AS (...)). A value is stored as its
 * record_out text, '(1,"a b",)': input reads record_in's syntax, reads each field with its
 * own type's input function, and writes the fields back in their output form, so that the
 * stored text is always canonical and fields read back out with {@link RecordText#fields}.
 */
public final class CompositeCodec implements TypeCodec {
    private final String typeName;
    private final List<PgType.Field> fields;

    private CompositeCodec(String typeName, List<PgType.Field> fields) {
        this.typeName = typeName;
        this.fields = List.copyOf(fields);
    }

    /** The PgType of a composite type with these fields (typcategory 'C'). */
    public static PgType type(int oid, String name, int arrayOid, List<PgType.Field> fields) {
        return new PgType(oid, name, -1, 'C', false, StorageClass.TEXT, 0, arrayOid, new CompositeCodec(name, fields))
                .withFields(fields);
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        List<String> texts = parse(text);
        Object[] out = new Object[texts.size()];
        for (int i = 0; i < out.length; i++) {
            String field = texts.get(i);
            PgType type = fields.get(i).type();
            out[i] = field == null ? null
                    : type.output(Casts.literal(field, type, fields.get(i).typmod(), CastContext.ASSIGNMENT, ctx), ctx);
        }
        return RecordText.format(out);
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return storage.toString();
    }

    /** record_in's syntax: the field texts, null for a field left empty without quotes. */
    private List<String> parse(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && InputErrors.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == n || text.charAt(i) != '(') {
            throw malformed(text, "Missing left parenthesis.");
        }
        i++;
        List<String> out = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    throw malformed(text, "Too few columns.");
                }
            }
            if (i < n && (text.charAt(i) == ',' || text.charAt(i) == ')')) {
                out.add(null);
                continue;
            }
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (i >= n) {
                    throw malformed(text, "Unexpected end of input.");
                }
                char c = text.charAt(i++);
                if (c == '\\') {
                    if (i >= n) {
                        throw malformed(text, "Unexpected end of input.");
                    }
                    value.append(text.charAt(i++));
                } else if (c == '"') {
                    if (!quoted) {
                        quoted = true;
                    } else if (i < n && text.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (!quoted && (c == ',' || c == ')')) {
                    i--;
                    break;
                } else {
                    value.append(c);
                }
            }
            out.add(value.toString());
        }
        if (i >= n || text.charAt(i) != ')') {
            throw malformed(text, "Too many columns.");
        }
        i++;
        while (i < n && InputErrors.isSpace(text.charAt(i))) {
            i++;
        }
        if (i < n) {
            throw malformed(text, "Junk after right parenthesis.");
        }
        return out;
    }

    private static PgException malformed(String text, String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed record literal: \"" + text + "\"")
                .withDetail(detail);
    }

    @Override
    public String toString() {
        return "composite " + typeName;
    }
}
