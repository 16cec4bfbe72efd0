/*
 * The Math functions where StrictMath cannot stand in for V8's src/base/ieee754.cc: log2,
 * acosh, asinh, atanh (StrictMath lacks them), cbrt (V8 uses FreeBSD's newer algorithm, not
 * fdlibm 5.3's), and exp/cosh (V8 returns Math.E for exp(1) exactly, where fdlibm is one ulp
 * off). They follow the algorithms of FreeBSD's msun (e_log2.c, e_acosh.c, s_asinh.c,
 * e_atanh.c, s_cbrt.c), the sources V8's are ported from, so Kindling and node agree to the
 * last bit. (StrictMath is fdlibm for log, log1p, exp, sin, ...; MathBuiltins uses it.)
 *
 * The code keeps fdlibm's structure and names; the comments say what each branch handles.
 * Words of a double: hx = high 32 bits (sign, exponent, top of mantissa), lx = low 32 bits.
 */
package dev.kindling.runtime.builtins;

final class FdLibm {
    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double IVLN2HI = 1.44269504072144627571e+00;
    private static final double IVLN2LO = 1.67517131648865118353e-10;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private FdLibm() {
    }

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
    }

    private static double withLo(double x, int lo) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L) | (lo & 0xFFFFFFFFL));
    }

    /** k_log1p (k_log.h): log(1+f) - f + f*f/2 for f in [sqrt(2)/2 - 1, sqrt(2) - 1]. */
    private static double kLog1p(double f) {
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        double hfsq = 0.5 * f * f;
        return s * (hfsq + r);
    }

    /** e_log2.c: log2(x) = k + log2(1+f), with the sum done in extra precision. */
    static double log2(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {                          // x < 2^-1022: zero, negative, subnormal
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;                               // Infinity or NaN
        }
        if (hx == 0x3ff00000 && lo(x) == 0) {
            return 0;                                   // log2(1) = +0
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));          // normalize x or x/2 into [sqrt(2)/2, sqrt(2)]
        k += i >> 20;
        double y = k;
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double r = kLog1p(f);
        double hiPart = withLo(f - hfsq, 0);
        double loPart = (f - hiPart) - hfsq + r;
        double valHi = hiPart * IVLN2HI;
        double valLo = (loPart + hiPart) * IVLN2LO + loPart * IVLN2HI;
        double w = y + valHi;
        valLo += (y - w) + valHi;
        valHi = w;
        return valLo + valHi;
    }

    /** e_acosh.c. */
    static double acosh(double x) {
        int hx = hi(x);
        if (hx < 0x3ff00000) {                          // x < 1
            return Double.NaN;
        } else if (hx >= 0x41b00000) {                  // x > 2^28
            if (hx >= 0x7ff00000) {
                return x + x;                           // Infinity or NaN
            }
            return StrictMath.log(x) + LN2;             // acosh(huge) = log(2x)
        } else if (((hx - 0x3ff00000) | lo(x)) == 0) {
            return 0.0;                                 // acosh(1) = 0
        } else if (hx > 0x40000000) {                   // 2^28 > x > 2
            double t = x * x;
            return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else {                                        // 1 < x < 2
            double t = x - 1.0;
            return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    /** s_asinh.c. */
    static double asinh(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;                               // Infinity or NaN
        }
        if (ix < 0x3e300000) {                          // |x| < 2^-28: asinh(x) = x
            return x;
        }
        double w;
        if (ix > 0x41b00000) {                          // |x| > 2^28
            w = StrictMath.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) {                   // 2^28 > |x| > 2
            double t = Math.abs(x);
            w = StrictMath.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else {                                        // 2 > |x| > 2^-28
            double t = x * x;
            w = StrictMath.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /** e_atanh.c. */
    static double atanh(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int ix = hx & 0x7fffffff;
        if ((ix | ((lx | -lx) >>> 31)) > 0x3ff00000) {  // |x| > 1
            return Double.NaN;
        }
        if (ix == 0x3ff00000) {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (ix < 0x3e300000) {                          // |x| < 2^-28: atanh(x) = x
            return x;
        }
        x = withHi(x, ix);                              // |x|
        double t;
        if (ix < 0x3fe00000) {                          // |x| < 0.5
            t = x + x;
            t = 0.5 * StrictMath.log1p(t + t * x / (1.0 - x));
        } else {
            t = 0.5 * StrictMath.log1p((x + x) / (1.0 - x));
        }
        return hx >= 0 ? t : -t;
    }

    /** V8's exp: fdlibm's, except that exp(1) is Math.E (fdlibm's last bit is wrong there). */
    static double exp(double x) {
        return x == 1.0 ? Math.E : StrictMath.exp(x);
    }

    /** V8's cosh: fdlibm's, whose (exp(|x|) + 1/exp(|x|)) / 2 branch meets exp(1) at |x| = 1. */
    static double cosh(double x) {
        if (Math.abs(x) == 1.0) {
            return 0.5 * Math.E + 0.5 / Math.E;
        }
        return StrictMath.cosh(x);
    }

    private static final int CBRT_B1 = 715094163;  // (1023 - 1023/3 - 0.03306235651) * 2^20
    private static final int CBRT_B2 = 696219795;  // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
    private static final double CBRT_P0 = 1.87595182427177009643;
    private static final double CBRT_P1 = -1.88497979543377169875;
    private static final double CBRT_P2 = 1.621429720105354466140;
    private static final double CBRT_P3 = -0.758397934778766047437;
    private static final double CBRT_P4 = 0.145996192886612446982;

    /**
     * s_cbrt.c (Bruce Evans' version): a 5-bit estimate from dividing the exponent by 3,
     * a polynomial to 23 bits, rounding to 23 bits away from zero, one Newton step to 53 bits.
     */
    static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) {
            return x + x;                               // NaN or Infinity
        }
        double t;
        if (hx < 0x00100000) {                          // zero or subnormal
            if ((hx | lo(x)) == 0) {
                return x;                               // cbrt(+-0) is itself
            }
            t = x * TWO54;
            int high = hi(t) & 0x7fffffff;
            t = Double.longBitsToDouble((long) (sign | (Integer.divideUnsigned(high, 3) + CBRT_B2)) << 32);
        } else {
            t = Double.longBitsToDouble((long) (sign | (hx / 3 + CBRT_B1)) << 32);
        }
        // t approximates cbrt(x) to 5 bits; r = t^3 / x is near 1, and P(r) ~ 1/cbrt(r).
        double r = (t * t) * (t / x);
        t = t * ((CBRT_P0 + r * (CBRT_P1 + r * CBRT_P2)) + ((r * r) * r) * (CBRT_P3 + r * CBRT_P4));
        // Round t away from zero to 23 bits, so that t*t is exact below.
        long bits = (Double.doubleToRawLongBits(t) + 0x80000000L) & 0xFFFFFFFFC0000000L;
        t = Double.longBitsToDouble(bits);
        // One Newton step: t + t * (x/t^2 - t) / (2t + x/t^2).
        double s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        return t + t * r;
    }
}
