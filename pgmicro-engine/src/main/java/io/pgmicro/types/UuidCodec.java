package io.pgmicro.types;

/**
 * uuid: stored in the lower-case canonical form. Input may be upper case, wrapped in
 * braces, and hyphenated after any group of four hex digits, or not at all.
 */
final class UuidCodec implements TypeCodec {
    static final UuidCodec INSTANCE = new UuidCodec();

    private UuidCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        int i = 0;
        boolean braces = text.startsWith("{");
        if (braces) {
            i++;
        }
        StringBuilder hex = new StringBuilder(36);
        for (int group = 0; group < 16; group++) {
            if (i + 1 >= text.length() || Character.digit(text.charAt(i), 16) < 0
                    || Character.digit(text.charAt(i + 1), 16) < 0 || text.charAt(i) > 127 || text.charAt(i + 1) > 127) {
                throw InputErrors.invalidSyntax("uuid", text);
            }
            hex.append(Character.toLowerCase(text.charAt(i))).append(Character.toLowerCase(text.charAt(i + 1)));
            i += 2;
            if (group == 3 || group == 5 || group == 7 || group == 9) {
                hex.append('-');
            }
            if (i < text.length() && text.charAt(i) == '-' && group % 2 == 1 && group < 15) {
                i++;
            }
        }
        if (braces) {
            if (i >= text.length() || text.charAt(i) != '}') {
                throw InputErrors.invalidSyntax("uuid", text);
            }
            i++;
        }
        if (i != text.length()) {
            throw InputErrors.invalidSyntax("uuid", text);
        }
        return hex.toString();
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return storage.toString();
    }
}
