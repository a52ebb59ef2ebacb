package io.pgmicro.cli;

/**
 * Screen width of characters the way psql measures them (its ucs_wcwidth): control
 * characters are -1 (psql escapes them), combining marks 0, East Asian wide and
 * fullwidth characters 2, everything else 1. Column alignment in the CLI's tables
 * and the caret under an error position both depend on agreeing with psql here.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(int codePoint) {
        if (codePoint == 0) {
            return 0;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            return -1;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian Wide (W) and Fullwidth (F) ranges, as in the Unicode tables psql 15 is built from. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115f
                || cp == 0x231a || cp == 0x231b || cp == 0x2329 || cp == 0x232a
                || (cp >= 0x23e9 && cp <= 0x23ec) || cp == 0x23f0 || cp == 0x23f3
                || cp == 0x25fd || cp == 0x25fe || cp == 0x2614 || cp == 0x2615
                || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267f || cp == 0x2693 || cp == 0x26a1
                || cp == 0x26aa || cp == 0x26ab || cp == 0x26bd || cp == 0x26be || cp == 0x26c4 || cp == 0x26c5
                || cp == 0x26ce || cp == 0x26d4 || cp == 0x26ea || cp == 0x26f2 || cp == 0x26f3 || cp == 0x26f5
                || cp == 0x26fa || cp == 0x26fd || cp == 0x2705 || cp == 0x270a || cp == 0x270b || cp == 0x2728
                || cp == 0x274c || cp == 0x274e || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757
                || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27b0 || cp == 0x27bf || cp == 0x2b1b || cp == 0x2b1c
                || cp == 0x2b50 || cp == 0x2b55
                || (cp >= 0x2e80 && cp <= 0x303e)
                || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf)
                || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf)
                || (cp >= 0xa960 && cp <= 0xa97f)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe10 && cp <= 0xfe19)
                || (cp >= 0xfe30 && cp <= 0xfe6f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x16fe0 && cp <= 0x18cff)
                || (cp >= 0x1b000 && cp <= 0x1b2ff)
                || cp == 0x1f004 || cp == 0x1f0cf || cp == 0x1f18e || (cp >= 0x1f191 && cp <= 0x1f19a)
                || (cp >= 0x1f200 && cp <= 0x1f251)
                || (cp >= 0x1f300 && cp <= 0x1f64f && !isNarrowSymbol(cp))
                || (cp >= 0x1f680 && cp <= 0x1f6ff && !isNarrowTransport(cp))
                || (cp >= 0x1f7e0 && cp <= 0x1f7eb)
                || (cp >= 0x1f90c && cp <= 0x1f9ff && cp != 0x1f93b && cp != 0x1f946)
                || (cp >= 0x1fa70 && cp <= 0x1faff)
                || (cp >= 0x20000 && cp <= 0x2fffd)
                || (cp >= 0x30000 && cp <= 0x3fffd));
    }

    /** Symbols in 1F300–1F64F that Unicode leaves neutral (text presentation by default). */
    private static boolean isNarrowSymbol(int cp) {
        return (cp >= 0x1f321 && cp <= 0x1f32c) || cp == 0x1f336 || cp == 0x1f37d
                || (cp >= 0x1f394 && cp <= 0x1f39f) || (cp >= 0x1f3cb && cp <= 0x1f3ce)
                || (cp >= 0x1f3d4 && cp <= 0x1f3df) || (cp >= 0x1f3f1 && cp <= 0x1f3f3)
                || (cp >= 0x1f3f5 && cp <= 0x1f3f7) || cp == 0x1f43f || cp == 0x1f441
                || (cp >= 0x1f4fd && cp <= 0x1f4fe) || (cp >= 0x1f53e && cp <= 0x1f54a)
                || cp == 0x1f54f || (cp >= 0x1f568 && cp <= 0x1f579) || (cp >= 0x1f57b && cp <= 0x1f594)
                || (cp >= 0x1f597 && cp <= 0x1f5a3) || (cp >= 0x1f5a5 && cp <= 0x1f5fa);
    }

    /** Transport symbols in 1F680–1F6FF that Unicode leaves neutral. */
    private static boolean isNarrowTransport(int cp) {
        return (cp >= 0x1f6c6 && cp <= 0x1f6cb) || (cp >= 0x1f6cd && cp <= 0x1f6cf)
                || (cp >= 0x1f6d3 && cp <= 0x1f6d4) || (cp >= 0x1f6e0 && cp <= 0x1f6ea)
                || (cp >= 0x1f6f0 && cp <= 0x1f6f3);
    }
}
