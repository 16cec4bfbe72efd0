/*
 * The Math functions where StrictMath cannot stand in for V8's src/base/ieee754.cc: log2,
 * acosh, asinh, atanh (StrictMath lacks them), cbrt (V8 uses FreeBSD's newer algorithm, not
 * fdlibm 5.3's), exp/cosh (V8 returns Math.E for exp(1) exactly, where fdlibm is one ulp off)
 * and pow (JDK's Java port of e_pow differs from the C original in the last bit for a few
 * percent of inputs, e.g. 10 ** -4). They follow the algorithms of fdlibm and FreeBSD's msun
 * (e_pow.c, e_log2.c, e_acosh.c, s_asinh.c, e_atanh.c, s_cbrt.c), the sources V8's are
 * ported from, so Kindling and node agree to the last bit. (StrictMath is fdlibm for log,
 * log1p, exp, sin, ...; MathBuiltins uses it.) A package of its own, below the runtime and the
 * builtins: Operators (`**`) and MathBuiltins both call it, as V8's do base::ieee754.
 *
 * fdlibm: Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 *
 * The code keeps fdlibm's structure and names; the comments say what each branch handles.
 * Words of a double: hx = high 32 bits (sign, exponent, top of mantissa), lx = low 32 bits.
 */
package dev.kindling.runtime.ieee754;

public final class FdLibm {
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
    public static double log2(double x) {
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
    public static double acosh(double x) {
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
    public static double asinh(double x) {
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
    public static double atanh(double x) {
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
    public static double exp(double x) {
        return x == 1.0 ? Math.E : StrictMath.exp(x);
    }

    /** V8's cosh: fdlibm's, whose (exp(|x|) + 1/exp(|x|)) / 2 branch meets exp(1) at |x| = 1. */
    public static double cosh(double x) {
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
    public static double cbrt(double x) {
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

    // ---- pow (e_pow.c) ------------------------------------------------------------------------

    private static final double[] POW_BP = {1.0, 1.5};
    private static final double[] POW_DP_H = {0.0, 5.84962487220764160156e-01};  // log2(1.5) high
    private static final double[] POW_DP_L = {0.0, 1.35003920212974897128e-08};  // log2(1.5) low
    private static final double POW_L1 = 5.99999999999994648725e-01;  // (3/2)(log(x) - 2s - 2/3 s^3)
    private static final double POW_L2 = 4.28571428578550184252e-01;
    private static final double POW_L3 = 3.33333329818377432918e-01;
    private static final double POW_L4 = 2.72728123808534006489e-01;
    private static final double POW_L5 = 2.30660745775561754067e-01;
    private static final double POW_L6 = 2.06975017800338417784e-01;
    private static final double POW_P1 = 1.66666666666666019037e-01;   // exp's Remez polynomial
    private static final double POW_P2 = -2.77777777770155933842e-03;
    private static final double POW_P3 = 6.61375632143793436117e-05;
    private static final double POW_P4 = -1.65339022054652515390e-06;
    private static final double POW_P5 = 4.13813679705723846039e-08;
    private static final double POW_LG2 = 6.93147180559945286227e-01;
    private static final double POW_LG2_H = 6.93147182464599609375e-01;
    private static final double POW_LG2_L = -1.90465429995776804525e-09;
    private static final double POW_OVT = 8.0085662595372944372e-17;  // -(1024 - log2(ovfl + .5ulp))
    private static final double POW_CP = 9.61796693925975554329e-01;  // 2 / (3 ln 2)
    private static final double POW_CP_H = 9.61796700954437255859e-01;
    private static final double POW_CP_L = -7.02846165095275826516e-09;
    private static final double POW_IVLN2 = 1.44269504088896338700e+00;  // 1 / ln 2
    private static final double POW_IVLN2_H = 1.44269502162933349609e+00;
    private static final double POW_IVLN2_L = 1.92596299112661746887e-08;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    /**
     * e_pow.c: x ** y as 2 ** (y * log2(x)), each step in extra precision by splitting values
     * into a high part with trailing zero bits and a low part:
     *   1. log2(|x|) = t1 + t2, from x = 2^n * (1 + f) and a polynomial in s = f / (2 + f);
     *   2. y * log2(|x|) = p_h + p_l, with y split into y1 (high) + (y - y1);
     *   3. 2 ** (p_h + p_l) = 2^n * exp(r) with |r| <= ln2 / 2, by exp's rational kernel.
     * JS's special cases (NaN exponent, (+-1) ** Infinity) are Operators.pow's; this is IEEE's.
     */
    public static double pow(double x, double y) {
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) {
            return 1.0;                                         // x ** 0 = 1
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y;                                       // NaN
        }
        // yIsInt: 0 = y is not an integer, 1 = odd integer, 2 = even integer (needed when x < 0).
        int yIsInt = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yIsInt = 2;                                     // |y| >= 2^53: even
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yIsInt = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yIsInt = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {                                          // y is +-Infinity, +-1, 2 or 0.5
            if (iy == 0x7ff00000) {
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y;                               // (+-1) ** +-Infinity is NaN
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0;                   // (|x| > 1) ** +-Infinity
                } else {
                    return hy < 0 ? -y : 0.0;                   // (|x| < 1) ** +-Infinity
                }
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) {
                return Math.sqrt(x);
            }
        }
        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {   // x is +-0, +-Infinity, +-1
            double z = hy < 0 ? 1.0 / ax : ax;
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yIsInt) == 0) {
                    z = Double.NaN;                             // (-1) ** non-integer
                } else if (yIsInt == 1) {
                    z = -z;
                }
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yIsInt) == 0) {
            return Double.NaN;                                  // negative ** non-integer
        }
        double sign = (n | (yIsInt - 1)) == 0 ? -1.0 : 1.0;      // negative ** odd integer

        // Step 1: log2(|x|) = t1 + t2.
        double t1;
        double t2;
        if (iy > 0x41e00000) {                                  // |y| > 2^31
            if (iy > 0x43f00000) {                              // |y| > 2^64: must over/underflow
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? sign * HUGE * HUGE : sign * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? sign * HUGE * HUGE : sign * TINY * TINY;
            }
            // |1 - x| <= 2^-20: log(x) = t - t^2/2 + t^3/3 - t^4/4 with t = x - 1.
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = POW_IVLN2_H * t;
            double v = t * POW_IVLN2_L - w * POW_IVLN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {                              // subnormal x
                ax *= 9007199254740992.0;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;                                // ax in [1, 2), then k picks 1 or 1.5
            int k;
            if (j <= 0x3988E) {
                k = 0;                                          // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1;                                          // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            // ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5)
            double u = ax - POW_BP[k];
            double v = 1.0 / (ax + POW_BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = withHi(0.0, ((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18));
            double tL = ax - (tH - POW_BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(ax)
            double s2 = ss * ss;
            double r = s2 * s2 * (POW_L1 + s2 * (POW_L2 + s2 * (POW_L3 + s2 * (POW_L4 + s2 * (POW_L5 + s2 * POW_L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            // 2 / (3 log 2) * (ss + ...)
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = POW_CP_H * pH;
            double zL = POW_CP_L * pH + pL * POW_CP + POW_DP_L[k];
            // log2(ax) = (ss + ...) * 2 / (3 log 2) = n + dp_h + z_h + z_l
            double t = n;
            t1 = withLo(((zH + zL) + POW_DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - POW_DP_H[k]) - zH);
        }

        // Step 2: (y1 + y2) * (t1 + t2) = p_h + p_l.
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) {                                  // z >= 1024
            if (((j - 0x40900000) | i) != 0 || pL + POW_OVT > z - pH) {
                return sign * HUGE * HUGE;                      // overflow
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {            // z <= -1075
            if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
                return sign * TINY * TINY;                      // underflow
            }
        }

        // Step 3: 2 ** (p_h + p_l) = 2^n * exp(r).
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {                                   // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = withHi(0.0, n & ~(0x000fffff >> k));
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * POW_LG2_H;
        double v = (pL - (t - pH)) * POW_LG2 + t * POW_LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (POW_P1 + t * (POW_P2 + t * (POW_P3 + t * (POW_P4 + t * POW_P5))));
        double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
        z = 1.0 - (r - z);
        j = hi(z) + (n << 20);
        if ((j >> 20) <= 0) {
            z = Math.scalb(z, n);                               // subnormal result
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return sign * z;
    }
}
