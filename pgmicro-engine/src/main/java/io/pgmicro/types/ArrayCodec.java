package io.pgmicro.types;

import java.time.ZoneOffset;

/**
 * Arrays of any dimensionality: stored as array_out's text of the elements' storage texts (for
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
        return ArrayText.parse(text).map(item -> ArrayText.elementStorageText(element, element.input(item, typmod, ctx)))
                .toString();
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        String stored = storage.toString();
        if (!dependsOnContext(ctx)) {
            return stored;
        }
        return ArrayText.parse(stored).map(item -> element.output(element.input(item, -1, STORAGE), ctx)).toString();
    }

    /**
     * Whether this element type prints differently from its storage text under these settings
     * (reg* elements are stored as OIDs and print as names; dates and intervals follow
     * DateStyle and IntervalStyle).
     */
    private boolean dependsOnContext(FormatContext ctx) {
        return element.equals(Types.TIMESTAMPTZ) || element.codec() instanceof RegCodec
                || ctx.extraFloatDigits() != STORAGE.extraFloatDigits()
                && (element.equals(Types.FLOAT4) || element.equals(Types.FLOAT8))
                || !ctx.intervalStyle().equals(STORAGE.intervalStyle()) && element.equals(Types.INTERVAL)
                || !ctx.dateStyle().equals(STORAGE.dateStyle()) && (element.equals(Types.DATE)
                        || element.equals(Types.TIMESTAMP));
    }
}
