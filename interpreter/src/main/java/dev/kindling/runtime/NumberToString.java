/*
 * Number::toString(10) (ECMA-262 §6.1.6.1.20): the shortest decimal digits that round-trip to
 * the same double, laid out as JS does — plain digits up to 21 places, `0.000001` down to
 * 1e-6, exponent form (`1e+21`, `5e-7`, `1.5e-10`) beyond.
 *
 * The shortest digits are found by correctly rounding the exact binary value (BigDecimal) to
 * p significant digits and taking the least p that round-trips; a number with more digits is
 * always closer, so round-tripping is monotonic in p and a binary search over 1..17 finds it.
 * Integral values below 2^53 take a direct path.
 */
package dev.kindling.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public final class NumberToString {
    private NumberToString() {
    }

    public static String toString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (d == 0) {
            return "0";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 9007199254740992.0) {
            return Long.toString((long) d);
        }
        boolean negative = d < 0;
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal shortest = null;
        int lo = 1;
        int hi = 17;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal candidate = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == Math.abs(d)) {
                shortest = candidate;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        BigDecimal stripped = shortest.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int k = digits.length();
        // value = 0.digits × 10^n
        int n = k - stripped.scale();
        String body = layout(digits, k, n);
        return negative ? "-" + body : body;
    }

    /** Lays out digits d1..dk with decimal exponent n (value = 0.d1..dk × 10^n), per the spec. */
    static String layout(String digits, int k, int n) {
        StringBuilder sb = new StringBuilder();
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        }
        return sb.toString();
    }
}
