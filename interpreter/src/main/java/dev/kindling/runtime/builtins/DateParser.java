/*
 * Date.parse (ECMA-262 §21.4.3.2) as V8's src/date/dateparser does it: first the Date Time
 * String Format (§21.4.1.32: "2026-12-07", "2026-12-07T10:00:00.000Z", "+012026-01-01"; a date
 * alone is UTC, a date and time without an offset local), then, when that fails, V8's legacy
 * grammar, which accepts what toString and toUTCString print and the forms people write:
 * "Dec 7 2026", "7 December 2026", "2026/12/07 10:00", "12/7/26", "Dec 7, 2026 10:00 PM",
 * "... GMT+0100", "... +05:30", "(comments)".
 *
 * The legacy grammar, token by token (V8's DateParser::Parse for non-ES5 input):
 *   - a number followed by ':' starts or continues the time (hh:mm[:ss[.mmm]]); a number right
 *     after a '+'/'-' that follows a time or "GMT" is a UTC offset (h, hh, hhmm, or hh:mm);
 *     any other number is one of up to three day components, a '-' or '/' after it skipped;
 *   - a word whose first three letters name a month is the month; AM/PM adjust the hour;
 *     UT/UTC/GMT/Z and the US zones (EST, EDT, CST, ...) set the offset; any other word is
 *     ignored before the first number and makes the string invalid after one;
 *   - day components: with a named month, one number is the day and two are day and year
 *     (year first when the first is no day, 1..31); without, three numbers are year/month/day
 *     when the first is no day, else month/day[/year]; two-digit years are 19xx (50..99) or 20xx
 *     (0..49); a missing year is 2001, as V8's.
 *
 * Guarantees: the time value, TimeClip'ed, or NaN; never throws.
 */
package dev.kindling.runtime.builtins;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "([+-]\\d{6}|\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"
                    + "(?:[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?"
                    + "([Zz]|[+-]\\d{2}:\\d{2})?");
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    /** Zone names and their offsets in hours (V8's KeywordTable). */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("z", 0), Map.entry("gmt", 0),
            Map.entry("cdt", -5), Map.entry("cst", -6), Map.entry("edt", -4), Map.entry("est", -5),
            Map.entry("mdt", -6), Map.entry("mst", -7), Map.entry("pdt", -7), Map.entry("pst", -8));
    private static final int NONE = Integer.MIN_VALUE;

    private DateParser() {
    }

    static double parse(String input, ZoneId zone) {
        String s = input.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return parseIso(iso, zone);
        }
        return new Legacy(s).parse(zone);
    }

    private static double parseIso(Matcher m, ZoneId zone) {
        if (m.group(1).equals("-000000")) {
            return Double.NaN;
        }
        int year = Integer.parseInt(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        boolean hasTime = m.group(4) != null;
        int hour = hasTime ? Integer.parseInt(m.group(4)) : 0;
        int minute = hasTime ? Integer.parseInt(m.group(5)) : 0;
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int ms = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3));
        if (month < 1 || month > 12 || day < 1 || day > 31 // V8 checks no month's length: 02-30 is March 2
                || hour > 24 || minute > 59 || second > 59
                || hour == 24 && (minute != 0 || second != 0 || ms != 0)) {
            return Double.NaN;
        }
        double local = DateMath.makeDate(DateMath.makeDay(year, month - 1, day),
                DateMath.makeTime(hour, minute, second, ms));
        String offset = m.group(8);
        double utc;
        if (offset == null) {
            utc = hasTime ? DateMath.utc(zone, local) : local;
        } else if (offset.equalsIgnoreCase("z")) {
            utc = local;
        } else {
            int sign = offset.charAt(0) == '-' ? -1 : 1;
            int oh = Integer.parseInt(offset.substring(1, 3));
            int om = Integer.parseInt(offset.substring(4, 6));
            if (oh > 23 || om > 59) {
                return Double.NaN;
            }
            utc = local - sign * (oh * DateMath.MS_PER_HOUR + om * DateMath.MS_PER_MINUTE);
        }
        return DateMath.timeClip(utc);
    }

    /** V8's legacy grammar over one string (see the header). */
    private static final class Legacy {
        private final String s;
        private int pos;
        private final List<Integer> dayComponents = new ArrayList<>();
        private int namedMonth = NONE;
        /** hour, minute, second, millisecond as read; `timeCount` of them so far. */
        private final int[] time = {0, 0, 0, 0};
        private int timeCount;
        private boolean timeFinal;
        private int hourOffset = NONE; // 0 for AM, 12 for PM
        private int tzSign = NONE;
        private int tzHour = NONE;
        private int tzMinute = NONE;
        private boolean hasReadNumber;

        Legacy(String s) {
            this.s = s;
        }

        double parse(ZoneId zone) {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isDigit(c)) {
                    int start = pos;
                    int n = readNumber();
                    if (n < 0 || !number(n, pos - start)) {
                        return Double.NaN;
                    }
                } else if (Character.isLetter(c)) {
                    if (!word(readWord())) {
                        return Double.NaN;
                    }
                } else if ((c == '+' || c == '-') && (tzHour == 0 && tzSign == NONE || timeCount > 0)) {
                    pos++;
                    if (!offset(c == '-' ? -1 : 1)) {
                        return Double.NaN;
                    }
                } else if (c == '(') {
                    skipParentheses();
                } else {
                    pos++; // white space and the separators V8 skips: , . / - and others
                }
            }
            return compose(zone);
        }

        private boolean number(int n, int length) {
            hasReadNumber = true;
            if (skip(':')) {
                if (timeFinal || timeCount >= 3) {
                    return false;
                }
                time[timeCount++] = n;
                skip('.');
                return true;
            }
            if (timeCount > 0 && !timeFinal && peek() == '.' && expectsTime(n)) {
                pos++;
                time[timeCount++] = n;
                int start = pos;
                int fraction = readNumber();
                if (fraction < 0 || pos == start) {
                    return false;
                }
                String digits = (s.substring(start, pos) + "00").substring(0, 3);
                time[timeCount++] = Integer.parseInt(digits);
                timeFinal = true;
                return true;
            }
            if (tzSign != NONE && tzHour != NONE && tzMinute == NONE && n <= 59) {
                tzMinute = n;
                return true;
            }
            if (timeCount > 0 && !timeFinal && expectsTime(n)) {
                time[timeCount++] = n;
                timeFinal = true;
                char next = peek();
                return next == 0 || Character.isWhitespace(next) || next == 'z' || next == 'Z'
                        || next == '+' || next == '-';
            }
            if (dayComponents.size() == 3) {
                return false;
            }
            dayComponents.add(n);
            if (!skip('-')) {
                skip('/');
            }
            return true;
        }

        private boolean expectsTime(int n) {
            return timeCount == 1 && n <= 59 || timeCount == 2 && n <= 59 || timeCount == 3 && n <= 999;
        }

        private boolean word(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if ((w.equals("am") || w.equals("pm")) && timeCount > 0) {
                hourOffset = w.equals("am") ? 0 : 12;
                return true;
            }
            if (w.length() >= 3) {
                for (int i = 0; i < MONTHS.length; i++) {
                    if (w.startsWith(MONTHS[i])) {
                        namedMonth = i + 1;
                        skip('-');
                        return true;
                    }
                }
            }
            Integer zoneHours = ZONES.get(w);
            if (zoneHours != null && hasReadNumber) {
                tzHour = Math.abs(zoneHours);
                tzSign = zoneHours < 0 ? -1 : 1;
                tzMinute = 0;
                if (zoneHours == 0) {
                    tzSign = NONE; // "GMT" may still be followed by an offset: GMT+0100
                }
                return true;
            }
            if (w.equals("t") && hasReadNumber) {
                return true;
            }
            // Garbage words are illegal once a number has been read, and may not touch one.
            return !hasReadNumber && !Character.isDigit(peek());
        }

        /** A UTC offset after its sign: h, hh, hhmm or hh:mm. */
        private boolean offset(int sign) {
            int start = pos;
            int n = Character.isDigit(peek()) ? readNumber() : 0;
            int length = pos - start;
            hasReadNumber = true;
            tzSign = sign;
            if (peek() == ':') {
                pos++;
                tzHour = n;
                tzMinute = NONE;
                return true;
            }
            if (length == 1 || length == 2) {
                tzHour = n;
                tzMinute = 0;
            } else if (length == 3 || length == 4) {
                tzHour = n / 100;
                tzMinute = n % 100;
            } else {
                return false;
            }
            return true;
        }

        private double compose(ZoneId zone) {
            int year = NONE;
            int month;
            int day;
            int count = dayComponents.size();
            if (namedMonth == NONE) {
                if (count < 2) {
                    return Double.NaN;
                }
                if (count == 3 && !isDay(dayComponents.get(0))) {
                    year = dayComponents.get(0);
                    month = dayComponents.get(1);
                    day = dayComponents.get(2);
                } else {
                    month = dayComponents.get(0);
                    day = dayComponents.get(1);
                    if (count == 3) {
                        year = dayComponents.get(2);
                    }
                }
            } else {
                month = namedMonth;
                if (count == 0 || count == 3) {
                    return Double.NaN;
                }
                if (count == 1) {
                    day = dayComponents.get(0);
                } else if (!isDay(dayComponents.get(0))) {
                    year = dayComponents.get(0);
                    day = dayComponents.get(1);
                } else {
                    day = dayComponents.get(0);
                    year = dayComponents.get(1);
                }
            }
            if (year == NONE) {
                year = 2001;
            } else if (year >= 0 && year <= 49) {
                year += 2000;
            } else if (year >= 50 && year <= 99) {
                year += 1900;
            }
            if (month < 1 || month > 12 || !isDay(day)) {
                return Double.NaN;
            }
            int hour = time[0];
            if (hourOffset != NONE) {
                if (hour > 12) {
                    return Double.NaN;
                }
                hour = hour % 12 + hourOffset;
            }
            if (hour > 24 || time[1] > 59 || time[2] > 59 || time[3] > 999
                    || hour == 24 && (time[1] != 0 || time[2] != 0 || time[3] != 0)) {
                return Double.NaN;
            }
            double local = DateMath.makeDate(DateMath.makeDay(year, month - 1, day),
                    DateMath.makeTime(hour, time[1], time[2], time[3]));
            if (tzHour == NONE) {
                return DateMath.timeClip(DateMath.utc(zone, local));
            }
            int sign = tzSign == NONE ? 1 : tzSign;
            int minutes = tzMinute == NONE ? 0 : tzMinute;
            return DateMath.timeClip(local - sign * (tzHour * DateMath.MS_PER_HOUR + minutes * DateMath.MS_PER_MINUTE));
        }

        private static boolean isDay(int n) {
            return n >= 1 && n <= 31;
        }

        /** The digits at pos (pos moves past them); -1 when they do not fit an int. */
        private int readNumber() {
            long n = 0;
            boolean overflow = false;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                n = n * 10 + (s.charAt(pos++) - '0');
                overflow |= n > Integer.MAX_VALUE;
            }
            return overflow ? -1 : (int) n;
        }

        private String readWord() {
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private void skipParentheses() {
            int depth = 0;
            do {
                char c = s.charAt(pos++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } while (depth > 0 && pos < s.length());
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        private boolean skip(char c) {
            if (peek() == c) {
                pos++;
                return true;
            }
            return false;
        }
    }
}
