package io.pgmicro.exec.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * to_char for numbers: the digit patterns 9 and 0, the decimal point (. or D), group
 * separators (, or G), the sign patterns S, MI, PL, SG and PR, FM, and scientific
 * notation (EEEE). As in
 * PostgreSQL, a value too wide for the pattern prints as #s, and without FM or an
 * explicit sign pattern one leading position is kept for the sign.
 */
final class NumberFormat {
    private NumberFormat() {
    }

    static String format(Numeric number, String pattern) {
        boolean fillMode = pattern.contains("FM") || pattern.contains("fm");
        String p = pattern.replace("FM", "").replace("fm", "");
        int point = indexOfPoint(p);
        String intPattern = point >= 0 ? p.substring(0, point) : p;
        String fracPattern = point >= 0 ? p.substring(point + 1) : "";
        int fracDigits = countDigits(fracPattern);
        int intDigits = countDigits(intPattern);
        boolean explicitSign = p.contains("S") || p.contains("MI") || p.contains("PL") || p.contains("SG")
                || p.contains("PR");

        if (!number.isFinite()) {
            return overflow(p, fillMode, explicitSign);
        }
        if (p.endsWith("EEEE")) {
            return scientific(number.value(), fracDigits, fillMode);
        }
        BigDecimal v = number.value().setScale(fracDigits, RoundingMode.HALF_UP);
        boolean negative = v.signum() < 0;
        String digits = v.abs().toPlainString();
        String intPart = fracDigits > 0 ? digits.substring(0, digits.indexOf('.')) : digits;
        String fracPart = fracDigits > 0 ? digits.substring(digits.indexOf('.') + 1) : "";
        if (intPart.equals("0")) {
            intPart = "";
        }
        if (intPart.length() > intDigits) {
            return overflow(p, fillMode, explicitSign);
        }

        // Integer part, right to left over the pattern.
        StringBuilder integer = new StringBuilder();
        int di = intPart.length() - 1;
        int firstZero = intPattern.indexOf('0');
        boolean anyDigitPrinted = false;
        for (int i = intPattern.length() - 1; i >= 0; i--) {
            char c = intPattern.charAt(i);
            if (c == '9' || c == '0') {
                if (di >= 0) {
                    integer.append(intPart.charAt(di--));
                    anyDigitPrinted = true;
                } else if (c == '0' || firstZero >= 0 && i > firstZero) {
                    integer.append('0');
                    anyDigitPrinted = true;
                } else {
                    integer.append(fillMode ? "" : " ");
                }
            } else if (c == ',' || c == 'G') {
                integer.append(di >= 0 || firstZero >= 0 && i > firstZero ? "," : fillMode ? "" : " ");
            }
        }
        String intText = integer.reverse().toString();
        if (!anyDigitPrinted && fracDigits == 0) {
            intText = intText.substring(0, Math.max(0, intText.length() - 1)) + "0";
        }

        // Fraction part, left to right; FM drops trailing zeros that come from 9s.
        StringBuilder fraction = new StringBuilder();
        for (int i = 0, fi = 0; i < fracPattern.length(); i++) {
            char c = fracPattern.charAt(i);
            if (c == '9' || c == '0') {
                fraction.append(fracPart.charAt(fi++));
            }
        }
        String fracText = fraction.toString();
        if (fillMode) {
            int end = fracText.length();
            while (end > 0 && fracText.charAt(end - 1) == '0' && fracPattern.charAt(patternDigitIndex(fracPattern, end - 1)) == '9') {
                end--;
            }
            fracText = fracText.substring(0, end);
        }
        String body = intText + (point >= 0 ? "." + fracText : "");

        if (p.startsWith("S") || p.startsWith("SG") || p.startsWith("PL")) {
            String sign = negative ? "-" : p.startsWith("PL") ? " " : "+";
            return placeSign(sign, body);
        }
        if (p.endsWith("S")) {
            return body + (negative ? "-" : "+");
        }
        if (p.endsWith("MI")) {
            return body + (negative ? "-" : fillMode ? "" : " ");
        }
        if (p.endsWith("PR")) {
            if (negative) {
                return fillMode ? "<" + body.trim() + ">" : placeSign("<", body) + ">";
            }
            return fillMode ? body.trim() : " " + body + " ";
        }
        if (fillMode) {
            return (negative ? "-" : "") + body.trim();
        }
        return placeSign(negative ? "-" : " ", body);
    }

    /**
     * The EEEE pattern: one digit before the point, the pattern's fraction digits after it,
     * and an exponent of at least two digits. Scaling the decimal point instead of printing
     * the value keeps numerics like 1e131071 cheap.
     */
    private static String scientific(BigDecimal value, int fracDigits, boolean fillMode) {
        int exponent = 0;
        BigDecimal mantissa = BigDecimal.ZERO;
        if (value.signum() != 0) {
            BigDecimal rounded = value.abs().round(new MathContext(fracDigits + 1, RoundingMode.HALF_UP));
            exponent = rounded.precision() - rounded.scale() - 1;
            mantissa = rounded.movePointLeft(exponent);
        }
        String digits = mantissa.setScale(fracDigits, RoundingMode.HALF_UP).toPlainString();
        String exp = String.format("%02d", Math.abs(exponent));
        String sign = value.signum() < 0 ? "-" : fillMode ? "" : " ";
        return sign + digits + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /** The sign goes right before the first printed character, the padding stays in front. */
    private static String placeSign(String sign, String body) {
        int firstNonSpace = 0;
        while (firstNonSpace < body.length() && body.charAt(firstNonSpace) == ' ') {
            firstNonSpace++;
        }
        return body.substring(0, firstNonSpace) + sign + body.substring(firstNonSpace);
    }

    private static int patternDigitIndex(String fracPattern, int digit) {
        int seen = -1;
        for (int i = 0; i < fracPattern.length(); i++) {
            char c = fracPattern.charAt(i);
            if (c == '9' || c == '0') {
                seen++;
                if (seen == digit) {
                    return i;
                }
            }
        }
        return fracPattern.length() - 1;
    }

    private static int indexOfPoint(String p) {
        int dot = p.indexOf('.');
        return dot >= 0 ? dot : p.indexOf('D');
    }

    private static int countDigits(String p) {
        int n = 0;
        for (char c : p.toCharArray()) {
            if (c == '9' || c == '0') {
                n++;
            }
        }
        return n;
    }

    private static String overflow(String p, boolean fillMode, boolean explicitSign) {
        StringBuilder out = new StringBuilder(explicitSign || fillMode ? "" : " ");
        for (char c : p.toCharArray()) {
            if (c == '9' || c == '0') {
                out.append('#');
            } else if (c == '.' || c == 'D') {
                out.append('.');
            } else if (c == ',' || c == 'G') {
                out.append(',');
            } else if (c == 'E') {
                out.append('#');
            }
        }
        return out.toString();
    }
}
