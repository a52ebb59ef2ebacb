package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * numeric: exact decimals kept as PostgreSQL's output text ('12.50', 'NaN', 'Infinity'),
 * with the display scale the value was written with, as PostgreSQL keeps it.
 */
final class NumericCodec implements TypeCodec {
    static final NumericCodec INSTANCE = new NumericCodec();

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private NumericCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        String t = InputErrors.trimSpaces(text);
        NumericValue special = NumericValue.special(t);
        if (special == null && !DECIMAL.matcher(t).matches()) {
            throw InputErrors.invalidSyntax("numeric", text);
        }
        NumericValue value = special != null ? special : NumericValue.of(NumericValue.readDecimal(t));
        return applyTypmod(value, typmod).toString();
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return NumericValue.parse(storage).toString();
    }

    /**
     * Rounds to the declared scale (half away from zero) and checks the precision, as
     * PostgreSQL's apply_typmod does: 22003 {@code numeric field overflow}.
     */
    static NumericValue applyTypmod(NumericValue value, int typmod) {
        if (typmod < TypeMods.VARHDRSZ) {
            return value;
        }
        int precision = TypeMods.numericPrecision(typmod);
        int scale = TypeMods.numericScale(typmod);
        if (value.isNaN()) {
            return value;
        }
        if (value.isInfinite()) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .withDetail("A field with precision " + precision + ", scale " + scale
                            + " cannot hold an infinite value.");
        }
        BigDecimal rounded = value.decimal().setScale(scale, RoundingMode.HALF_UP);
        int maxDigits = precision - scale;
        if (rounded.signum() != 0 && rounded.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(maxDigits)) >= 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .withDetail("A field with precision " + precision + ", scale " + scale
                            + " must round to an absolute value less than "
                            + (maxDigits != 0 ? "10^" + maxDigits : "1") + ".");
        }
        return NumericValue.of(rounded);
    }
}
