/*
 * The semantics of JS's operators (ECMA-262 §13, §7.2): arithmetic, bitwise, comparison,
 * equality, typeof, instanceof and `in`. Each operation keeps its fast path (both operands
 * Integer: int arithmetic with overflow to double, no allocation beyond boxing) next to its
 * slow path (full coercion), and the slow path alone is always correct.
 *
 * Results are canonical numbers (Numbers.normalize): −0 and anything outside int32 are Double.
 */
package dev.kindling.runtime;

import dev.kindling.runtime.ieee754.FdLibm;

public final class Operators {
    private Operators() {
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Numbers.normalize((long) x + (long) y);
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.normalize(Numbers.doubleValue(a) + Numbers.doubleValue(b));
        }
        if (a instanceof String s && b instanceof String t) {
            return s.concat(t);
        }
        Object pa = Conversions.toPrimitive(a, Conversions.Hint.DEFAULT);
        Object pb = Conversions.toPrimitive(b, Conversions.Hint.DEFAULT);
        if (pa instanceof String || pb instanceof String) {
            return Conversions.toString(pa).concat(Conversions.toString(pb));
        }
        return Numbers.normalize(Conversions.toNumber(pa) + Conversions.toNumber(pb));
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Numbers.normalize((long) x - (long) y);
        }
        return Numbers.normalize(Conversions.toNumber(a) - Conversions.toNumber(b));
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            long r = (long) x * (long) y;
            if (r == 0 && (x < 0 || y < 0)) {
                return -0.0;
            }
            return Numbers.normalize(r);
        }
        return Numbers.normalize(Conversions.toNumber(a) * Conversions.toNumber(b));
    }

    public static Object divide(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            int xi = x;
            int yi = y;
            if (xi % yi == 0 && !(xi == 0 && yi < 0) && !(xi == Integer.MIN_VALUE && yi == -1)) {
                return xi / yi;
            }
        }
        return Numbers.normalize(Conversions.toNumber(a) / Conversions.toNumber(b));
    }

    public static Object modulus(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            int xi = x;
            int yi = y;
            if (xi >= 0) {
                return yi == -1 ? 0 : xi % yi;
            }
            int r = yi == -1 ? 0 : xi % yi;
            return r == 0 ? (Object) (-0.0) : (Object) r;
        }
        return Numbers.normalize(Conversions.toNumber(a) % Conversions.toNumber(b));
    }

    public static Object exponentiate(Object a, Object b) {
        return Numbers.normalize(pow(Conversions.toNumber(a), Conversions.toNumber(b)));
    }

    /**
     * Number::exponentiate (§6.1.6.1.3): like Math.pow except where JS differs from Java.
     * fdlibm's e_pow (FdLibm.pow), as V8 computes it, not Math.pow or StrictMath.pow: their
     * last bit differs from node's for a few percent of inputs (10 ** -4 is
     * 0.00009999999999999999 in node; Math.pow and StrictMath.pow give 0.0001).
     */
    public static double pow(double base, double exponent) {
        if (Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if ((base == 1 || base == -1) && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return FdLibm.pow(base, exponent);
    }

    public static Object negate(Object a) {
        if (a instanceof Integer x) {
            int xi = x;
            if (xi == 0) {
                return -0.0;
            }
            if (xi == Integer.MIN_VALUE) {
                return 2147483648.0;
            }
            return -xi;
        }
        return Numbers.normalize(-Conversions.toNumber(a));
    }

    public static Object increment(Object a) {
        if (a instanceof Integer x && x != Integer.MAX_VALUE) {
            return x + 1;
        }
        return Numbers.normalize(Conversions.toNumber(a) + 1);
    }

    public static Object decrement(Object a) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) {
            return x - 1;
        }
        return Numbers.normalize(Conversions.toNumber(a) - 1);
    }

    // ---- bitwise ------------------------------------------------------------------------------

    public static Object bitwiseAnd(Object a, Object b) {
        return Conversions.toInt32(a) & Conversions.toInt32(b);
    }

    public static Object bitwiseOr(Object a, Object b) {
        return Conversions.toInt32(a) | Conversions.toInt32(b);
    }

    public static Object bitwiseXor(Object a, Object b) {
        return Conversions.toInt32(a) ^ Conversions.toInt32(b);
    }

    public static Object bitwiseNot(Object a) {
        return ~Conversions.toInt32(a);
    }

    public static Object shiftLeft(Object a, Object b) {
        return Conversions.toInt32(a) << (Conversions.toInt32(b) & 31);
    }

    public static Object shiftRight(Object a, Object b) {
        return Conversions.toInt32(a) >> (Conversions.toInt32(b) & 31);
    }

    public static Object shiftRightLogical(Object a, Object b) {
        int x = Conversions.toInt32(a);
        int shift = Conversions.toInt32(b) & 31;
        return Numbers.normalize((x & 0xFFFFFFFFL) >>> shift);
    }

    // ---- relational -----------------------------------------------------------------------------

    /**
     * IsLessThan (§7.2.13) with LeftFirst: 1 for true, 0 for false, -1 for undefined (a NaN
     * was involved). Operands are converted left to right unless leftFirst is false.
     */
    public static int lessThan(Object a, Object b, boolean leftFirst) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x < y ? 1 : 0;
        }
        Object pa;
        Object pb;
        if (leftFirst) {
            pa = Conversions.toPrimitive(a, Conversions.Hint.NUMBER);
            pb = Conversions.toPrimitive(b, Conversions.Hint.NUMBER);
        } else {
            pb = Conversions.toPrimitive(b, Conversions.Hint.NUMBER);
            pa = Conversions.toPrimitive(a, Conversions.Hint.NUMBER);
        }
        if (pa instanceof String s && pb instanceof String t) {
            return s.compareTo(t) < 0 ? 1 : 0;
        }
        double x = Conversions.toNumber(pa);
        double y = Conversions.toNumber(pb);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return -1;
        }
        return x < y ? 1 : 0;
    }

    public static boolean lessThan(Object a, Object b) {
        return lessThan(a, b, true) == 1;
    }

    public static boolean greaterThan(Object a, Object b) {
        return lessThan(b, a, false) == 1;
    }

    public static boolean lessThanOrEqual(Object a, Object b) {
        return lessThan(b, a, false) == 0;
    }

    public static boolean greaterThanOrEqual(Object a, Object b) {
        return lessThan(a, b, true) == 0;
    }

    // ---- equality -------------------------------------------------------------------------------

    /** IsStrictlyEqual (§7.2.16): `===`. */
    public static boolean strictEquals(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && Double.isNaN(d));
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.doubleValue(a) == Numbers.doubleValue(b);
        }
        if (a instanceof String s && b instanceof String t) {
            return s.equals(t);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return false;
    }

    /** IsLooselyEqual (§7.2.15): `==` with its coercions. */
    public static boolean looseEquals(Object a, Object b) {
        while (true) {
            if (sameType(a, b)) {
                return strictEquals(a, b);
            }
            if (Oddball.isNullish(a) && Oddball.isNullish(b)) {
                return true;
            }
            if (Oddball.isNullish(a) || Oddball.isNullish(b)) {
                return false;
            }
            if (Numbers.isNumber(a) && b instanceof String s) {
                return Numbers.doubleValue(a) == Conversions.stringToNumber(s);
            }
            if (a instanceof String s && Numbers.isNumber(b)) {
                return Conversions.stringToNumber(s) == Numbers.doubleValue(b);
            }
            if (a instanceof Boolean) {
                a = Conversions.toNumberValue(a);
                continue;
            }
            if (b instanceof Boolean) {
                b = Conversions.toNumberValue(b);
                continue;
            }
            if (a instanceof JSObject && !(b instanceof JSObject)) {
                a = Conversions.toPrimitive(a, Conversions.Hint.DEFAULT);
                continue;
            }
            if (b instanceof JSObject && !(a instanceof JSObject)) {
                b = Conversions.toPrimitive(b, Conversions.Hint.DEFAULT);
                continue;
            }
            return false;
        }
    }

    private static boolean sameType(Object a, Object b) {
        if (Numbers.isNumber(a)) {
            return Numbers.isNumber(b);
        }
        if (a instanceof String) {
            return b instanceof String;
        }
        if (a instanceof Boolean) {
            return b instanceof Boolean;
        }
        if (a instanceof JSObject) {
            return b instanceof JSObject;
        }
        return a == b;
    }

    /** SameValue (§7.2.10): like === but NaN equals NaN and +0 differs from −0. */
    public static boolean sameValue(Object a, Object b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            double x = Numbers.doubleValue(a);
            double y = Numbers.doubleValue(b);
            return Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
        }
        return strictEquals(a, b);
    }

    /** SameValueZero (§7.2.11): like SameValue but +0 equals −0. */
    public static boolean sameValueZero(Object a, Object b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            double x = Numbers.doubleValue(a);
            double y = Numbers.doubleValue(b);
            return x == y || (Double.isNaN(x) && Double.isNaN(y));
        }
        return strictEquals(a, b);
    }

    // ---- typeof, instanceof, in -------------------------------------------------------------------

    public static String typeOf(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Integer || value instanceof Double) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value == Oddball.UNDEFINED) {
            return "undefined";
        }
        if (value == Oddball.NULL) {
            return "object";
        }
        if (value instanceof JSSymbol) {
            return "symbol";
        }
        return value instanceof JSFunction ? "function" : "object";
    }

    /** InstanceofOperator (§13.10.2): target[Symbol.hasInstance](value), else OrdinaryHasInstance. */
    public static boolean instanceOf(Object value, Object target) {
        if (!(target instanceof JSObject t)) {
            throw JSException.typeError("Right-hand side of 'instanceof' is not an object");
        }
        Object hasInstance = t.get(JSSymbol.HAS_INSTANCE);
        if (!Oddball.isNullish(hasInstance)) {
            if (!(hasInstance instanceof JSFunction fn)) {
                throw JSException.typeError(PropertyAccess.describeWithType(hasInstance) + " is not a function");
            }
            if (!(fn instanceof BuiltinFunction b && b == b.realm().functionHasInstance())) {
                return Conversions.toBoolean(fn.call(target, new Object[] {value}));
            }
            // %Function.prototype[@@hasInstance]% is OrdinaryHasInstance: no call needed
        }
        if (!(target instanceof JSFunction)) {
            throw JSException.typeError("Right-hand side of 'instanceof' is not callable");
        }
        return ordinaryHasInstance(target, value);
    }

    /** OrdinaryHasInstance (§7.3.21): is C.prototype on O's prototype chain (a bound C asks its target). */
    public static boolean ordinaryHasInstance(Object c, Object value) {
        if (!(c instanceof JSFunction fn)) {
            return false;
        }
        if (fn instanceof BoundFunction bound) {
            return instanceOf(value, bound.target());
        }
        if (!(value instanceof JSObject object)) {
            return false;
        }
        Object proto = fn.get("prototype");
        if (!(proto instanceof JSObject p)) {
            throw JSException.typeError("Function has non-object prototype '"
                    + Conversions.toString(proto) + "' in instanceof check");
        }
        for (JSObject o = object.getPrototype(); o != null; o = o.getPrototype()) {
            if (o == p) {
                return true;
            }
        }
        return false;
    }

    /** `key in object` (§13.10.1). */
    public static boolean hasProperty(Object key, Object object) {
        if (key instanceof JSSymbol s && s.isPrivate()) {
            return PrivateNames.has(s, object);
        }
        if (!(object instanceof JSObject o)) {
            throw JSException.typeError("Cannot use 'in' operator to search for '"
                    + (key instanceof JSSymbol ? key.toString() : Conversions.toString(key)) + "' in "
                    + Conversions.toString(object));
        }
        if (o instanceof JSArray array && key instanceof Integer i) {
            Object raw = array.rawElement(i);
            if (raw != null && raw != Oddball.THE_HOLE) {
                return true;
            }
        }
        return o.hasProperty(Conversions.toPropertyKey(key));
    }
}
