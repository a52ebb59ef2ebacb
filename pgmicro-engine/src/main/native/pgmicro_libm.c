/*
 * The C library's math functions for io.pgmicro.exec.functions.LibM.
 *
 * PostgreSQL computes float8 functions with the C library, whose results differ in the
 * last bit from Java's Math for many inputs (cbrt(27) is 3.0000000000000004 in glibc).
 * Calling the same functions gives the same digits. Each wrapper is one call: no state,
 * no allocation, no errno handling (the Java side checks ranges as PostgreSQL does).
 */
#include <jni.h>
#include <math.h>

#define UNARY(name) \
    JNIEXPORT jdouble JNICALL Java_io_pgmicro_exec_functions_LibM_##name(JNIEnv *env, jclass cls, jdouble x) \
    { \
        (void) env; \
        (void) cls; \
        return name(x); \
    }

#define BINARY(name) \
    JNIEXPORT jdouble JNICALL Java_io_pgmicro_exec_functions_LibM_##name(JNIEnv *env, jclass cls, jdouble x, jdouble y) \
    { \
        (void) env; \
        (void) cls; \
        return name(x, y); \
    }

UNARY(cbrt)
UNARY(exp)
UNARY(log)
UNARY(log10)
UNARY(sin)
UNARY(cos)
UNARY(tan)
UNARY(asin)
UNARY(acos)
UNARY(atan)
UNARY(sinh)
UNARY(cosh)
UNARY(asinh)
UNARY(acosh)
UNARY(atanh)
BINARY(pow)
BINARY(atan2)
