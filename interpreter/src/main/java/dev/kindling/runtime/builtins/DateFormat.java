/*
 * The strings a Date prints, exactly as node v20 (V8 with ICU) prints them:
 *   toString       "Mon Dec 07 2026 10:00:00 GMT-0500 (Eastern Standard Time)"
 *   toDateString   "Mon Dec 07 2026"
 *   toTimeString   "10:00:00 GMT-0500 (Eastern Standard Time)"
 *   toUTCString    "Mon, 07 Dec 2026 15:00:00 GMT"
 *   toISOString    "2026-12-07T15:00:00.000Z" (years outside 0..9999 as "+012026" / "-000001")
 *   toLocale*String for en-US: "12/7/2026, 10:00:00 AM", "12/7/2026", "10:00:00 AM".
 * The years of the first four have at least four digits, after a sign if negative ("-0249").
 * The zone's name in parentheses is the JDK's long US-English name for the standard or daylight
 * time in effect (CLDR's, as ICU's is); a fixed offset (an unknown TZ) is named "GMT+00:00".
 *
 * Assumes: the time value is valid (callers print "Invalid Date" or throw for NaN).
 */
package dev.kindling.runtime.builtins;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

final class DateFormat {
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private DateFormat() {
    }

    static String toDateString(ZoneId zone, double t) {
        double local = DateMath.localTime(zone, t);
        return DAYS[DateMath.weekDay(local)] + " " + MONTHS[DateMath.month(local)] + " "
                + pad2(DateMath.dayOfMonth(local)) + " " + year4(DateMath.year(local));
    }

    static String toTimeString(ZoneId zone, double t) {
        double local = DateMath.localTime(zone, t);
        return clock(local) + " " + zoneSuffix(zone, t);
    }

    static String toString(ZoneId zone, double t) {
        double local = DateMath.localTime(zone, t);
        return toDateString(zone, t) + " " + clock(local) + " " + zoneSuffix(zone, t);
    }

    static String toUTCString(double t) {
        return DAYS[DateMath.weekDay(t)] + ", " + pad2(DateMath.dayOfMonth(t)) + " " + MONTHS[DateMath.month(t)]
                + " " + year4(DateMath.year(t)) + " " + clock(t) + " GMT";
    }

    /** Date Time String Format (§21.4.1.32), with the expanded years of §21.4.1.32.2. */
    static String toISOString(double t) {
        int year = DateMath.year(t);
        String y = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? "-" : "+") + pad(Math.abs(year), 6);
        return y + "-" + pad2(DateMath.month(t) + 1) + "-" + pad2(DateMath.dayOfMonth(t)) + "T" + clock(t)
                + "." + pad(DateMath.millisecond(t), 3) + "Z";
    }

    /** en-US's numeric date, "12/7/2026", in `zone`. */
    static String toLocaleDateString(ZoneId zone, double t) {
        double local = DateMath.localTime(zone, t);
        return (DateMath.month(local) + 1) + "/" + DateMath.dayOfMonth(local) + "/" + DateMath.year(local);
    }

    /** en-US's time, "10:00:00 AM": a 12-hour clock whose midnight and noon are 12. */
    static String toLocaleTimeString(ZoneId zone, double t) {
        double local = DateMath.localTime(zone, t);
        int hour = DateMath.hour(local);
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + ":" + pad2(DateMath.minute(local)) + ":" + pad2(DateMath.second(local))
                + (hour < 12 ? " AM" : " PM");
    }

    static String toLocaleString(ZoneId zone, double t) {
        return toLocaleDateString(zone, t) + ", " + toLocaleTimeString(zone, t);
    }

    private static String clock(double t) {
        return pad2(DateMath.hour(t)) + ":" + pad2(DateMath.minute(t)) + ":" + pad2(DateMath.second(t));
    }

    /** "GMT-0500 (Eastern Standard Time)". */
    private static String zoneSuffix(ZoneId zone, double t) {
        int minutes = DateMath.offsetMinutes(zone, t);
        String offset = (minutes < 0 ? "-" : "+") + pad2(Math.abs(minutes) / 60) + pad2(Math.abs(minutes) % 60);
        return "GMT" + offset + " (" + zoneName(zone, t) + ")";
    }

    private static String zoneName(ZoneId zone, double t) {
        if (zone instanceof ZoneOffset fixed) {
            String id = fixed.getId().equals("Z") ? "+00:00" : fixed.getId();
            return "GMT" + id;
        }
        return TimeZone.getTimeZone(zone).getDisplayName(DateMath.isDaylightTime(zone, t), TimeZone.LONG, Locale.US);
    }

    /** At least four digits, after the sign of a negative year ("-0249"), as V8's DateCache. */
    private static String year4(int year) {
        return year < 0 ? "-" + pad(-year, 4) : pad(year, 4);
    }

    private static String pad2(int n) {
        return pad(n, 2);
    }

    private static String pad(int n, int width) {
        StringBuilder s = new StringBuilder(Integer.toString(n));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }
}
