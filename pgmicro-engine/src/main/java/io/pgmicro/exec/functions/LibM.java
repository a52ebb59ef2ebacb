package io.pgmicro.exec.functions;

import io.pgmicro.parse.NativeLibrary;

/**
 * The C library's math functions, which PostgreSQL's float8 functions call. Java's Math
 * differs from glibc in the last bit for many inputs (measured against PostgreSQL 15 on
 * about 3,600 inputs per function: cbrt on half of them, atan2 on a tenth, exp on a few),
 * so these go through JNI to the same library PostgreSQL uses. sqrt (exact in both) and
 * tanh (no difference found) stay in Java. A call costs a few tens of nanoseconds.
 */
final class LibM {
    static {
        NativeLibrary.load();
    }

    private LibM() {
    }

    static native double cbrt(double x);

    static native double exp(double x);

    /** The natural logarithm. */
    static native double log(double x);

    static native double log10(double x);

    static native double pow(double x, double y);

    static native double sin(double x);

    static native double cos(double x);

    static native double tan(double x);

    static native double asin(double x);

    static native double acos(double x);

    static native double atan(double x);

    static native double atan2(double y, double x);

    static native double sinh(double x);

    static native double cosh(double x);

    static native double asinh(double x);

    static native double acosh(double x);

    static native double atanh(double x);
}
