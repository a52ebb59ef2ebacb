package io.pgmicro.types;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One-dimensional arrays: stored as array_out's text of the elements' storage texts (for
 * timestamptz elements that is UTC); printed with each element's output.
 */
final class ArrayCodec implements TypeCodec {
    /** The context storage texts are written in: UTC, shortest floats. */
    static final FormatContext STORAGE = FormatContext.DEFAULT.withTimeZone(ZoneOffset.UTC);

    private final PgType element;

    ArrayCodec(PgType element) {
        this.element = element;
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        List<String> stored = new ArrayList<>();
        for (String item : ArrayText.parse(text)) {
            stored.add(item == null ? null : ArrayText.elementStorageText(element, element.input(item, typmod, ctx)));
        }
        return ArrayText.format(stored);
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        String stored = storage.toString();
        if (!dependsOnContext(ctx)) {
            return stored;
        }
        List<String> printed = new ArrayList<>();
        for (String item : ArrayText.parse(stored)) {
            printed.add(item == null ? null : element.output(element.input(item, -1, STORAGE), ctx));
        }
        return ArrayText.format(printed);
    }

    /**
     * Whether this element type prints differently from its storage text under these settings
     * (reg* elements are stored as OIDs and print as names).
     */
    private boolean dependsOnContext(FormatContext ctx) {
        return element.equals(Types.TIMESTAMPTZ) || element.codec() instanceof RegCodec
                || ctx.extraFloatDigits() != STORAGE.extraFloatDigits()
                && (element.equals(Types.FLOAT4) || element.equals(Types.FLOAT8));
    }
}
