/*
 * The time arithmetic of Date (ECMA-262 §21.4.1): a time value is a double, milliseconds since
 * 1970-01-01T00:00:00Z, NaN for an invalid date, and within ±8.64e15 (TimeClip). MakeTime,
 * MakeDay, MakeDate and TimeClip are the spec's; the calendar (YearFromTime, MonthFromTime,
 * DateFromTime) is java.time's proleptic Gregorian LocalDate, which is the spec's calendar too.
 *
 * The local time zone is the realm's ZoneId (LocalTZA, §21.4.1.24), read through java.time's
 * ZoneRules, so DST transitions are the tz database's. Offsets keep their seconds, as V8's with
 * ICU do (New York's local mean time before 1883 is -4:56:02: node's toString shows the local
 * clock 4:56:02 behind UTC), but are printed and returned by getTimezoneOffset() in whole minutes
 * rounded toward zero (GMT-0456, 296): offsetMinutes.
 * UTC(local) of a local time in a DST gap moves forward by the gap, and in an overlap takes the
 * earlier offset: the spec's "offset before the transition", which is also ZonedDateTime.ofLocal.
 *
 * Guarantees: every method takes and returns NaN for an invalid time; none throws.
 */
package dev.kindling.runtime.builtins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

final class DateMath {
    static final double MS_PER_SECOND = 1000;
    static final double MS_PER_MINUTE = 60_000;
    static final double MS_PER_HOUR = 3_600_000;
    static final double MS_PER_DAY = 86_400_000;
    /** TimeClip's bound (§21.4.1.31): 100,000,000 days either side of the epoch. */
    static final double MAX_TIME = 8.64e15;
    /** Years beyond this cannot make a time TimeClip keeps; java.time would reject some. */
    private static final double MAX_YEAR = 400_000;

    private DateMath() {
    }

    /** TimeClip (§21.4.1.31). */
    static double timeClip(double time) {
        if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) {
            return Double.NaN;
        }
        return time == 0 ? 0 : (double) (long) time; // ToIntegerOrInfinity, and no -0
    }

    /** MakeTime (§21.4.1.27). */
    static double makeTime(double hour, double min, double sec, double ms) {
        if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) {
            return Double.NaN;
        }
        return integer(hour) * MS_PER_HOUR + integer(min) * MS_PER_MINUTE + integer(sec) * MS_PER_SECOND + integer(ms);
    }

    /** MakeDay (§21.4.1.28): the day number of date `date` of month `month` (0-based, any integer) of `year`. */
    static double makeDay(double year, double month, double date) {
        if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
            return Double.NaN;
        }
        double ym = integer(year) + Math.floor(integer(month) / 12);
        if (Math.abs(ym) > MAX_YEAR) {
            return Double.NaN;
        }
        int mn = (int) (integer(month) - Math.floor(integer(month) / 12) * 12);
        return LocalDate.of((int) ym, mn + 1, 1).toEpochDay() + integer(date) - 1;
    }

    /** MakeDate (§21.4.1.29). */
    static double makeDate(double day, double time) {
        double tv = day * MS_PER_DAY + time;
        return Double.isFinite(tv) ? tv : Double.NaN;
    }

    /** Day(t) (§21.4.1.3). */
    static double day(double t) {
        return Math.floor(t / MS_PER_DAY);
    }

    /** TimeWithinDay(t). */
    static double timeWithinDay(double t) {
        double r = t % MS_PER_DAY;
        return r < 0 ? r + MS_PER_DAY : r;
    }

    /** The calendar date of a (valid) time value. */
    static LocalDate date(double t) {
        return LocalDate.ofEpochDay((long) day(t));
    }

    static int year(double t) {
        return date(t).getYear();
    }

    /** MonthFromTime: 0..11. */
    static int month(double t) {
        return date(t).getMonthValue() - 1;
    }

    /** DateFromTime: 1..31. */
    static int dayOfMonth(double t) {
        return date(t).getDayOfMonth();
    }

    /** WeekDay (§21.4.1.9): 0 is Sunday. */
    static int weekDay(double t) {
        return (int) (((day(t) + 4) % 7 + 7) % 7);
    }

    static int hour(double t) {
        return (int) (timeWithinDay(t) / MS_PER_HOUR);
    }

    static int minute(double t) {
        return (int) (timeWithinDay(t) / MS_PER_MINUTE % 60);
    }

    static int second(double t) {
        return (int) (timeWithinDay(t) / MS_PER_SECOND % 60);
    }

    static int millisecond(double t) {
        return (int) (timeWithinDay(t) % MS_PER_SECOND);
    }

    /** The zone's offset from UTC at UTC time t, in ms. */
    static double offsetAt(ZoneId zone, double t) {
        return zone.getRules().getOffset(Instant.ofEpochMilli((long) t)).getTotalSeconds() * MS_PER_SECOND;
    }

    /** The same in whole minutes, toward zero, as toString and getTimezoneOffset show it. */
    static int offsetMinutes(ZoneId zone, double t) {
        return zone.getRules().getOffset(Instant.ofEpochMilli((long) t)).getTotalSeconds() / 60;
    }

    /** Whether the zone keeps daylight saving time at UTC time t (for the zone's name). */
    static boolean isDaylightTime(ZoneId zone, double t) {
        return zone.getRules().isDaylightSavings(Instant.ofEpochMilli((long) t));
    }

    /** LocalTime(t) (§21.4.1.25). */
    static double localTime(ZoneId zone, double t) {
        return Double.isNaN(t) ? Double.NaN : t + offsetAt(zone, t);
    }

    /** UTC(t) (§21.4.1.26): the UTC time of local time t. */
    static double utc(ZoneId zone, double local) {
        if (!Double.isFinite(local) || Math.abs(local) > MAX_TIME + 2 * MS_PER_DAY) {
            return Double.NaN;
        }
        long ms = (long) local;
        LocalDateTime wall = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L),
                (int) Math.floorMod(ms, 1000L) * 1_000_000, ZoneOffset.UTC);
        ZonedDateTime zoned = ZonedDateTime.ofLocal(wall, zone, null);
        double offset = zoned.getOffset().getTotalSeconds() * MS_PER_SECOND;
        double shift = wall.until(zoned.toLocalDateTime(), java.time.temporal.ChronoUnit.MILLIS);
        return local + shift - offset;
    }

    /** ToIntegerOrInfinity of a finite double. */
    private static double integer(double d) {
        double r = d < 0 ? Math.ceil(d) : Math.floor(d);
        return r == 0 ? 0 : r;
    }
}
