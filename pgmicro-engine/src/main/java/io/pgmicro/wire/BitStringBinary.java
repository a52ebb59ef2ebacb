package io.pgmicro.wire;

import java.nio.ByteBuffer;

/**
 * bit and bit varying in PostgreSQL's binary format (bit_send, bit_recv): the number of
 * bits as int32, then the bits packed eight to a byte, the first bit the highest, the
 * last byte padded with zero bits.
 */
final class BitStringBinary {
    private BitStringBinary() {
    }

    /** The binary form of a bit string stored as its digits ('10110'). */
    static byte[] encode(String bits) {
        byte[] packed = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) {
            if (bits.charAt(i) == '1') {
                packed[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
        }
        return ByteBuffer.allocate(4 + packed.length).putInt(bits.length()).put(packed).array();
    }

    /** The digits of a received bit string, or null when its length does not match its bytes. */
    static String decode(ByteBuffer in) {
        if (in.remaining() < 4) {
            return null;
        }
        int length = in.getInt();
        if (length < 0 || in.remaining() != (length + 7L) / 8) {
            return null;
        }
        StringBuilder bits = new StringBuilder(length);
        byte current = 0;
        for (int i = 0; i < length; i++) {
            if (i % 8 == 0) {
                current = in.get();
            }
            bits.append((current & (0x80 >>> (i % 8))) != 0 ? '1' : '0');
        }
        return bits.toString();
    }
}
