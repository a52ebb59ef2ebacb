package io.pgmicro.wire;

import java.util.Arrays;

/** Format codes of a Bind message spread over a number of values, by the protocol's rule: none, one for all, or one each. */
final class ResultFormats {
    private ResultFormats() {
    }

    /** One format code per value, or null when the number of codes fits none of the rules. */
    static int[] expand(int[] codes, int count) {
        if (codes.length == count) {
            return codes.clone();
        }
        if (codes.length == 0 || codes.length == 1) {
            int[] formats = new int[count];
            Arrays.fill(formats, codes.length == 0 ? BackendMessages.TEXT : codes[0]);
            return formats;
        }
        return null;
    }
}
