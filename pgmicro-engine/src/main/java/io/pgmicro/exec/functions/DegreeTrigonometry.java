package io.pgmicro.exec.functions;

import static io.pgmicro.exec.functions.FloatArithmetic.finite;
import static io.pgmicro.exec.functions.FloatArithmetic.finiteAngle;
import static io.pgmicro.exec.functions.FloatArithmetic.within;

/**
 * sind, cosd, tand, cotd, asind, acosd, atand and atan2d as PostgreSQL computes them:
 * not as sin(radians(x)), but by reducing the angle to the first quadrant and scaling the C
 * library's sin, cos, asin and acos on [0, 30] and [0, 60] degrees by their values at 30 and
 * 60 degrees, so that the exact angles (sind(30) = 0.5, tand(45) = 1, cosd(90) = 0) come out
 * exact. The scaling constants are computed with the same functions at first use, as
 * PostgreSQL does, so every digit matches its results.
 */
final class DegreeTrigonometry {
    /** PostgreSQL's RADIANS_PER_DEGREE, which also defines radians() and degrees(). */
    static final double RADIANS_PER_DEGREE = 0.0174532925199432957692;

    private static final double SIN_30 = LibM.sin(30.0 * RADIANS_PER_DEGREE);
    private static final double ONE_MINUS_COS_60 = 1.0 - LibM.cos(60.0 * RADIANS_PER_DEGREE);
    private static final double ASIN_0_5 = LibM.asin(0.5);
    private static final double ACOS_0_5 = LibM.acos(0.5);
    private static final double ATAN_1_0 = LibM.atan(1.0);
    private static final double TAN_45 = sinFirstQuadrant(45.0) / cosFirstQuadrant(45.0);
    private static final double COT_45 = cosFirstQuadrant(45.0) / sinFirstQuadrant(45.0);

    private DegreeTrigonometry() {
    }

    static void register(Registrar r) {
        r.strict("pg_float8_sind", 1, a -> sind(Args.float8(a[0])));
        r.strict("pg_float8_cosd", 1, a -> cosd(Args.float8(a[0])));
        r.strict("pg_float8_tand", 1, a -> tand(Args.float8(a[0])));
        r.strict("pg_float8_cotd", 1, a -> cotd(Args.float8(a[0])));
        r.strict("pg_float8_asind", 1, a -> asind(Args.float8(a[0])));
        r.strict("pg_float8_acosd", 1, a -> acosd(Args.float8(a[0])));
        r.strict("pg_float8_atand", 1, a -> finite(LibM.atan(Args.float8(a[0])) / ATAN_1_0 * 45.0));
        r.strict("pg_float8_atan2d", 2, a -> finite(LibM.atan2(Args.float8(a[0]), Args.float8(a[1])) / ATAN_1_0 * 45.0));
    }

    private static double sinZeroTo30(double x) {
        return LibM.sin(x * RADIANS_PER_DEGREE) / SIN_30 / 2.0;
    }

    private static double cosZeroTo60(double x) {
        return 1.0 - (1.0 - LibM.cos(x * RADIANS_PER_DEGREE)) / ONE_MINUS_COS_60 / 2.0;
    }

    private static double sinFirstQuadrant(double x) {
        return x <= 30.0 ? sinZeroTo30(x) : cosZeroTo60(90.0 - x);
    }

    private static double cosFirstQuadrant(double x) {
        return x <= 60.0 ? cosZeroTo60(x) : sinZeroTo30(90.0 - x);
    }

    private static double asinFirstQuadrant(double x) {
        return x <= 0.5 ? LibM.asin(x) / ASIN_0_5 * 30.0 : 90.0 - LibM.acos(x) / ACOS_0_5 * 60.0;
    }

    private static double acosFirstQuadrant(double x) {
        return x <= 0.5 ? 90.0 - LibM.asin(x) / ASIN_0_5 * 30.0 : LibM.acos(x) / ACOS_0_5 * 60.0;
    }

    /**
     * An angle reduced to [0, 90] degrees, and the sign the function's value takes from the
     * reduction: sine and tangent change sign with the angle and past 180 degrees, cosine
     * and tangent between 90 and 180. (Java's % on doubles is C's fmod.)
     */
    private record Reduced(double angle, double sign) {
        static Reduced of(double degrees, boolean oddFunction, boolean secondQuadrantFlips) {
            double angle = finiteAngle(degrees) % 360.0;
            double sign = 1.0;
            if (angle < 0.0) {
                angle = -angle;
                sign = oddFunction ? -sign : sign;
            }
            if (angle > 180.0) {
                angle = 360.0 - angle;
                sign = oddFunction ? -sign : sign;
            }
            if (angle > 90.0) {
                angle = 180.0 - angle;
                sign = secondQuadrantFlips ? -sign : sign;
            }
            return new Reduced(angle, sign);
        }
    }

    static double sind(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Reduced r = Reduced.of(x, true, false);
        return finite(r.sign() * sinFirstQuadrant(r.angle()));
    }

    static double cosd(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Reduced r = Reduced.of(x, false, true);
        return finite(r.sign() * cosFirstQuadrant(r.angle()));
    }

    /** tand(90) is infinite, not an error; a zero result is always +0 (tand(180) is not -0). */
    static double tand(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Reduced r = Reduced.of(x, true, true);
        double result = r.sign() * (sinFirstQuadrant(r.angle()) / cosFirstQuadrant(r.angle()) / TAN_45);
        return result == 0.0 ? 0.0 : result;
    }

    static double cotd(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Reduced r = Reduced.of(x, true, true);
        double result = r.sign() * (cosFirstQuadrant(r.angle()) / sinFirstQuadrant(r.angle()) / COT_45);
        return result == 0.0 ? 0.0 : result;
    }

    static double asind(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        within(x, -1, 1);
        return finite(x >= 0.0 ? asinFirstQuadrant(x) : -asinFirstQuadrant(-x));
    }

    static double acosd(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        within(x, -1, 1);
        return finite(x >= 0.0 ? acosFirstQuadrant(x) : 90.0 + asinFirstQuadrant(-x));
    }
}
