/*
 * Date (ECMA-262 §21.4): the constructor in all its forms, Date.now / Date.parse / Date.UTC, and
 * every method of Date.prototype node v20 has, in node's property order. A Date is a JSDate, an
 * ordinary object holding its time value ([[DateValue]]: ms since the epoch, NaN if invalid).
 *
 * The arithmetic is DateMath's, parsing DateParser's, the printed forms DateFormat's; the local
 * time zone is the realm's (Realm.timeZone, set by the host from TZ or --tz).
 * The getters and setters are two tables of the calendar fields (year, month, date, hours,
 * minutes, seconds, milliseconds): a setter names the first field it sets and how many
 * arguments it takes, and runs the spec's common steps (§21.4.4.20-28): convert every argument
 * given, stop with NaN on an invalid date (setFullYear starts from +0 instead), replace the
 * fields, MakeDate, UTC() for the local ones, TimeClip.
 *
 * toLocaleString and its two siblings format as en-US whatever the locale (the only one
 * Kindling has); of the options they honour `timeZone`.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;

import java.time.DateTimeException;
import java.time.ZoneId;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class DateBuiltins {
    private DateBuiltins() {
    }

    /** A Date object: V8's JSDate, an ordinary object with its time value. */
    static final class JSDate extends JSObject {
        double time;

        JSDate(Shape shape, double time) {
            super(shape);
            this.time = time;
        }

        @Override
        public String className() {
            return "Date";
        }
    }

    /** A getter's field of a time value (local or UTC, as the caller converted it). */
    @FunctionalInterface
    private interface Getter {
        double of(double t);
    }

    /**
     * The calendar fields, in the order of the setters' arguments: each with the name of its
     * get/set pair, its getter, and how many arguments its setter takes (setHours(h, m, s, ms)).
     */
    private enum Field {
        YEAR("FullYear", DateMath::year, 3),
        MONTH("Month", DateMath::month, 2),
        DATE("Date", DateMath::dayOfMonth, 1),
        HOURS("Hours", DateMath::hour, 4),
        MINUTES("Minutes", DateMath::minute, 3),
        SECONDS("Seconds", DateMath::second, 2),
        MILLISECONDS("Milliseconds", DateMath::millisecond, 1);

        final String accessorName;
        final Getter getter;
        final int setterLength;

        Field(String accessorName, Getter getter, int setterLength) {
            this.accessorName = accessorName;
            this.getter = getter;
            this.setterLength = setterLength;
        }
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        BuiltinFunction ctor = Builtins.defineConstructor(realm, "Date", 7, proto,
                (r, self, args) -> DateFormat.toString(r.timeZone(), now()),
                (r, args, newTarget) -> new JSDate(Builtins.prototypeFromConstructor(newTarget, proto).childRootShape(),
                        construct(r, args)));
        realm.defineMethod(ctor, "now", 0, (r, self, args) -> Numbers.normalize(now()));
        realm.defineMethod(ctor, "parse", 1,
                (r, self, args) -> Numbers.normalize(DateParser.parse(Conversions.toString(arg(args, 0)), r.timeZone())));
        realm.defineMethod(ctor, "UTC", 7, (r, self, args) -> Numbers.normalize(DateMath.timeClip(fromFields(args))));

        realm.defineMethod(proto, "toString", 0, (r, self, args) -> format(self, "toString", t -> DateFormat.toString(r.timeZone(), t)));
        realm.defineMethod(proto, "toDateString", 0, (r, self, args) -> format(self, "toDateString", t -> DateFormat.toDateString(r.timeZone(), t)));
        realm.defineMethod(proto, "toTimeString", 0, (r, self, args) -> format(self, "toTimeString", t -> DateFormat.toTimeString(r.timeZone(), t)));
        realm.defineMethod(proto, "toISOString", 0, (r, self, args) -> {
            double t = thisTime(self, "toISOString");
            if (Double.isNaN(t)) {
                throw JSException.rangeError("Invalid time value");
            }
            return DateFormat.toISOString(t);
        });
        BuiltinFunction toUTCString = realm.defineMethod(proto, "toUTCString", 0,
                (r, self, args) -> format(self, "toUTCString", DateFormat::toUTCString));
        proto.defineOwnProperty("toGMTString", toUTCString, PropertyAttributes.HIDDEN); // Annex B: the same function

        defineFieldAccessors(realm, proto, false);
        realm.defineMethod(proto, "getTime", 0, (r, self, args) -> Numbers.normalize(thisTime(self)));
        realm.defineMethod(proto, "setTime", 1, (r, self, args) -> {
            thisTime(self, "setTime");
            return store(self, DateMath.timeClip(Conversions.toNumber(arg(args, 0))));
        });
        realm.defineMethod(proto, "getTimezoneOffset", 0, (r, self, args) -> {
            double t = thisTime(self);
            return Double.isNaN(t) ? (Object) t : Numbers.normalize(-DateMath.offsetMinutes(r.timeZone(), t));
        });
        defineFieldAccessors(realm, proto, true);
        realm.defineMethod(proto, "valueOf", 0, (r, self, args) -> Numbers.normalize(thisTime(self)));
        // Annex B.2.3: getYear / setYear, the year minus 1900.
        realm.defineMethod(proto, "getYear", 0, (r, self, args) -> {
            thisTime(self, "getYear");
            return get(self, r.timeZone(), t -> DateMath.year(t) - 1900);
        });
        realm.defineMethod(proto, "setYear", 1, (r, self, args) -> setYear(r.timeZone(), self, arg(args, 0)));
        realm.defineMethod(proto, "toJSON", 1, (r, self, args) -> toJSON(r, self));
        realm.defineMethod(proto, "toLocaleString", 0,
                (r, self, args) -> format(self, "toLocaleString", t -> DateFormat.toLocaleString(localeZone(r, args), t)));
        realm.defineMethod(proto, "toLocaleDateString", 0,
                (r, self, args) -> format(self, "toLocaleDateString", t -> DateFormat.toLocaleDateString(localeZone(r, args), t)));
        realm.defineMethod(proto, "toLocaleTimeString", 0,
                (r, self, args) -> format(self, "toLocaleTimeString", t -> DateFormat.toLocaleTimeString(localeZone(r, args), t)));

        BuiltinFunction toPrimitive = realm.newBuiltin("[Symbol.toPrimitive]", 1, DateBuiltins::toPrimitive);
        proto.defineOwnProperty(JSSymbol.TO_PRIMITIVE, toPrimitive, PropertyAttributes.CONFIGURABLE);
    }

    private static double now() {
        return (double) System.currentTimeMillis();
    }

    /** The Date constructor's time value (§21.4.2.1) for its three forms. */
    private static double construct(Realm realm, Object[] args) {
        if (args.length == 0) {
            return now();
        }
        if (args.length == 1) {
            if (args[0] instanceof JSDate d) {
                return d.time;
            }
            Object v = Conversions.toPrimitive(args[0], Conversions.Hint.DEFAULT);
            if (v instanceof String s) {
                return DateParser.parse(s, realm.timeZone());
            }
            return DateMath.timeClip(Conversions.toNumber(v));
        }
        return DateMath.timeClip(DateMath.utc(realm.timeZone(), fromFields(args)));
    }

    /**
     * The time of (year, month[, date, hours, minutes, seconds, ms]) as Date(...) and Date.UTC
     * read them: each converted in order, a year 0..99 meaning 19xx; not yet clipped.
     */
    private static double fromFields(Object[] args) {
        double[] f = {Double.NaN, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < Math.min(args.length, 7); i++) {
            f[i] = Conversions.toNumber(args[i]);
        }
        if (!Double.isNaN(f[0])) {
            double integer = f[0] < 0 ? Math.ceil(f[0]) : Math.floor(f[0]);
            if (integer >= 0 && integer <= 99) {
                f[0] = 1900 + integer;
            }
        }
        return DateMath.makeDate(DateMath.makeDay(f[0], f[1], f[2]), DateMath.makeTime(f[3], f[4], f[5], f[6]));
    }

    // ---- getters and setters --------------------------------------------------------------

    /**
     * get/set of every field and getDay, local or UTC, in node's property order (by name: V8's
     * bootstrapper lists them so).
     */
    private static void defineFieldAccessors(Realm realm, JSObject proto, boolean utc) {
        String infix = utc ? "UTC" : "";
        for (Field f : new Field[] {Field.DATE, null, Field.YEAR, Field.HOURS, Field.MILLISECONDS, Field.MINUTES,
            Field.MONTH, Field.SECONDS}) {
            if (f == null) {
                realm.defineMethod(proto, "get" + infix + "Day", 0,
                        (r, self, args) -> get(self, utc ? null : r.timeZone(), DateMath::weekDay));
                continue;
            }
            String name = infix + f.accessorName;
            realm.defineMethod(proto, "get" + name, 0, (r, self, args) -> get(self, utc ? null : r.timeZone(), f.getter));
            realm.defineMethod(proto, "set" + name, f.setterLength,
                    (r, self, args) -> set(self, "set" + name, utc ? null : r.timeZone(), f, f.setterLength, args));
        }
    }

    /** A getter: the field of the local time (zone given) or of the UTC time (zone null). */
    private static Object get(Object self, ZoneId zone, Getter getter) {
        double t = thisTime(self);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return Numbers.normalize(getter.of(zone == null ? t : DateMath.localTime(zone, t)));
    }

    /** A setter of `max` fields from `first` (see the header), local when zone is not null. */
    private static Object set(Object self, String method, ZoneId zone, Field first, int max, Object[] args) {
        double t = thisTime(self, method);
        // V8 converts the arguments after the first only for a valid date (or for setFullYear).
        int count = Double.isNaN(t) && first != Field.YEAR ? 1 : Math.max(1, Math.min(args.length, max));
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Conversions.toNumber(arg(args, i));
        }
        if (Double.isNaN(t)) {
            if (first != Field.YEAR) {
                return Double.NaN;
            }
            t = 0;
        } else if (zone != null) {
            t = DateMath.localTime(zone, t);
        }
        double[] f = {DateMath.year(t), DateMath.month(t), DateMath.dayOfMonth(t), DateMath.hour(t),
            DateMath.minute(t), DateMath.second(t), DateMath.millisecond(t)};
        System.arraycopy(values, 0, f, first.ordinal(), count);
        double date = DateMath.makeDate(DateMath.makeDay(f[0], f[1], f[2]), DateMath.makeTime(f[3], f[4], f[5], f[6]));
        return store(self, DateMath.timeClip(zone == null ? date : DateMath.utc(zone, date)));
    }

    /** Annex B.2.3.2 setYear. */
    private static Object setYear(ZoneId zone, Object self, Object year) {
        double t = thisTime(self, "setYear");
        double y = Conversions.toNumber(year);
        if (Double.isNaN(y)) {
            return store(self, Double.NaN);
        }
        t = Double.isNaN(t) ? 0 : DateMath.localTime(zone, t);
        double integer = y < 0 ? Math.ceil(y) : Math.floor(y);
        double yyyy = integer >= 0 && integer <= 99 ? 1900 + integer : y;
        double day = DateMath.makeDay(yyyy, DateMath.month(t), DateMath.dayOfMonth(t));
        return store(self, DateMath.timeClip(DateMath.utc(zone, DateMath.makeDate(day, DateMath.timeWithinDay(t)))));
    }

    private static Object store(Object self, double time) {
        ((JSDate) self).time = time;
        return Numbers.normalize(time);
    }

    // ---- conversions ----------------------------------------------------------------------

    private static Object format(Object self, String method, java.util.function.DoubleFunction<String> printer) {
        double t = thisTime(self, method);
        return Double.isNaN(t) ? "Invalid Date" : printer.apply(t);
    }

    /** toJSON (§21.4.4.37): generic, through ToPrimitive and the object's own toISOString. */
    private static Object toJSON(Realm realm, Object self) {
        JSObject o = Builtins.toObject(realm, self);
        Object tv = Conversions.toPrimitive(o, Conversions.Hint.NUMBER);
        if (tv instanceof Number n && !Double.isFinite(n.doubleValue())) {
            return Oddball.NULL;
        }
        Object toISOString = o.get("toISOString");
        if (!(toISOString instanceof JSFunction fn)) {
            throw JSException.typeError(PropertyAccess.describeWithType(toISOString) + " is not a function");
        }
        return fn.call(o, JSFunction.NO_ARGS);
    }

    /** Date.prototype[Symbol.toPrimitive] (§21.4.4.45): "default" is "string" for a Date. */
    private static Object toPrimitive(Realm realm, Object self, Object[] args) {
        if (!(self instanceof JSObject o)) {
            throw JSException.typeError("Date.prototype [ @@toPrimitive ] called on non-object");
        }
        Object hint = arg(args, 0);
        if ("string".equals(hint) || "default".equals(hint)) {
            return Conversions.ordinaryToPrimitive(o, Conversions.Hint.STRING);
        }
        if ("number".equals(hint)) {
            return Conversions.ordinaryToPrimitive(o, Conversions.Hint.NUMBER);
        }
        throw JSException.typeError("Invalid hint: " + Conversions.toString(hint));
    }

    /** The zone toLocale*String formats in: options.timeZone if given, else the local one. */
    private static ZoneId localeZone(Realm realm, Object[] args) {
        if (!(arg(args, 1) instanceof JSObject options)) {
            return realm.timeZone();
        }
        Object zone = options.get("timeZone");
        if (zone == Oddball.UNDEFINED) {
            return realm.timeZone();
        }
        String name = Conversions.toString(zone);
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            throw JSException.rangeError("Invalid time zone specified: " + name);
        }
    }

    /** thisTimeValue (§21.4.4) for the getters, in V8's words for them. */
    private static double thisTime(Object self) {
        if (self instanceof JSDate d) {
            return d.time;
        }
        throw JSException.typeError("this is not a Date object.");
    }

    /** thisTimeValue for the other methods, which V8 words as any builtin's. */
    private static double thisTime(Object self, String method) {
        if (self instanceof JSDate d) {
            return d.time;
        }
        throw Builtins.incompatibleReceiver("Date.prototype." + method, self);
    }
}
