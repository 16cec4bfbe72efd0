/*
 * RegExp.prototype[Symbol.match / matchAll / replace / search / split] (ECMA-262 §22.2.6.8 -
 * §22.2.6.14), the methods String.prototype's match, matchAll, replace, replaceAll, search and
 * split hand a RegExp to; and GetSubstitution (§22.1.3.19.1), the `$` patterns of a replacement
 * string, which string patterns use too.
 *
 * Each method goes through RegExpBuiltins.regExpExec and reads lastIndex, flags and a result's
 * "0", "index" and "groups" with ordinary property access, as the spec does, so an object with
 * its own exec takes part. An empty match advances lastIndex by one code unit (by a code point
 * under u: AdvanceStringIndex), so global loops always end.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSRegExp;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.Realm;
import dev.kindling.regexp.RegExpInterpreter;

import java.util.ArrayList;
import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class RegExpSymbolMethods {
    private RegExpSymbolMethods() {
    }

    static void install(Realm realm, JSObject proto) {
        realm.defineMethod(proto, JSSymbol.MATCH, 1, (r, self, args) ->
                match(r, receiver(self, "[Symbol.match]"), Conversions.toString(arg(args, 0))));
        realm.defineMethod(proto, JSSymbol.REPLACE, 2, (r, self, args) ->
                replace(r, receiver(self, "[Symbol.replace]"), Conversions.toString(arg(args, 0)), arg(args, 1)));
        realm.defineMethod(proto, JSSymbol.SEARCH, 1, (r, self, args) ->
                search(r, receiver(self, "[Symbol.search]"), Conversions.toString(arg(args, 0))));
        realm.defineMethod(proto, JSSymbol.SPLIT, 2, (r, self, args) ->
                split(r, receiver(self, "[Symbol.split]"), Conversions.toString(arg(args, 0)), arg(args, 1)));
        JSObject iteratorProto = realm.newObject(realm.iteratorPrototype());
        Iterators.defineNext(realm, iteratorProto, "RegExp String Iterator", self -> self instanceof MatchIterator);
        realm.defineMethod(proto, JSSymbol.MATCH_ALL, 1, (r, self, args) -> {
            JSObject rx = receiver(self, "[Symbol.matchAll]");
            String s = Conversions.toString(arg(args, 0));
            String flags = Conversions.toString(rx.get("flags"));
            // §22.2.6.9: a copy, so the iteration's lastIndex is its own (Kindling: %RegExp%, no species).
            JSRegExp matcher = RegExpBuiltins.construct(r, r.regExpPrototype(), rx, flags);
            RegExpBuiltins.setLastIndex(matcher, RegExpBuiltins.number(RegExpBuiltins.lastIndex(rx)));
            return new MatchIterator(iteratorProto, matcher, s, flags.indexOf('g') >= 0, flags.indexOf('u') >= 0);
        });
    }

    private static JSObject receiver(Object self, String method) {
        if (self instanceof JSObject o) {
            return o;
        }
        throw Builtins.incompatibleReceiver("RegExp.prototype." + method, self);
    }

    /** §22.2.6.8: one exec without g; with g, every match's text (null if none). */
    private static Object match(Realm realm, JSObject rx, String s) {
        String flags = Conversions.toString(rx.get("flags"));
        if (flags.indexOf('g') < 0) {
            return RegExpBuiltins.regExpExec(realm, rx, s);
        }
        boolean fullUnicode = flags.indexOf('u') >= 0;
        RegExpBuiltins.setLastIndex(rx, 0);
        List<Object> matches = new ArrayList<>();
        while (true) {
            Object result = RegExpBuiltins.regExpExec(realm, rx, s);
            if (result == Oddball.NULL) {
                return matches.isEmpty() ? Oddball.NULL : realm.newArray(matches.toArray());
            }
            String matched = Conversions.toString(((JSObject) result).get("0"));
            matches.add(matched);
            if (matched.isEmpty()) {
                advanceLastIndex(rx, s, fullUnicode);
            }
        }
    }

    /** After an empty match: lastIndex = AdvanceStringIndex(S, lastIndex, fullUnicode). */
    private static void advanceLastIndex(JSObject rx, String s, boolean fullUnicode) {
        long last = RegExpBuiltins.lastIndex(rx);
        long next = last >= s.length() ? last + 1 : RegExpInterpreter.advance(s, (int) last, fullUnicode);
        RegExpBuiltins.setLastIndex(rx, RegExpBuiltins.number(next));
    }

    /** §22.2.6.11: every match (with g) or the first, replaced by the function's result or the template. */
    private static Object replace(Realm realm, JSObject rx, String s, Object replaceValue) {
        JSFunction fn = replaceValue instanceof JSFunction f ? f : null;
        String template = fn == null ? Conversions.toString(replaceValue) : null;
        String flags = Conversions.toString(rx.get("flags"));
        boolean global = flags.indexOf('g') >= 0;
        boolean fullUnicode = flags.indexOf('u') >= 0;
        if (global) {
            RegExpBuiltins.setLastIndex(rx, 0);
        }
        List<JSObject> results = new ArrayList<>();
        while (true) {
            Object result = RegExpBuiltins.regExpExec(realm, rx, s);
            if (result == Oddball.NULL) {
                break;
            }
            results.add((JSObject) result);
            if (!global) {
                break;
            }
            if (Conversions.toString(((JSObject) result).get("0")).isEmpty()) {
                advanceLastIndex(rx, s, fullUnicode);
            }
        }
        StringBuilder out = new StringBuilder();
        int nextSourcePosition = 0;
        for (JSObject result : results) {
            long nCaptures = Math.max(ArrayLike.lengthOf(result) - 1, 0);
            String matched = Conversions.toString(result.get("0"));
            int position = (int) Math.max(Math.min(Conversions.toIntegerOrInfinity(result.get("index")), s.length()), 0);
            Object[] captures = new Object[(int) nCaptures];
            for (int n = 1; n <= nCaptures; n++) {
                Object cap = ArrayLike.get(result, n);
                captures[n - 1] = cap == Oddball.UNDEFINED ? cap : Conversions.toString(cap);
            }
            Object namedCaptures = result.get("groups");
            String replacement;
            if (fn != null) {
                List<Object> callArgs = new ArrayList<>();
                callArgs.add(matched);
                callArgs.addAll(List.of(captures));
                callArgs.add(position);
                callArgs.add(s);
                if (namedCaptures != Oddball.UNDEFINED) {
                    callArgs.add(namedCaptures);
                }
                replacement = Conversions.toString(fn.call(Oddball.UNDEFINED, callArgs.toArray()));
            } else {
                Object named = namedCaptures == Oddball.UNDEFINED ? null : Builtins.toObject(realm, namedCaptures);
                StringBuilder sb = new StringBuilder();
                substitute(sb, matched, s, position, captures, (JSObject) named, template);
                replacement = sb.toString();
            }
            if (position >= nextSourcePosition) {
                out.append(s, nextSourcePosition, position).append(replacement);
                nextSourcePosition = position + matched.length();
                StringBuiltins.checkLength(out.length());
            }
        }
        return nextSourcePosition >= s.length() ? out.toString() : out.append(s, nextSourcePosition, s.length()).toString();
    }

    /** §22.2.6.12: the index of the first match from 0, lastIndex left as it was. */
    private static Object search(Realm realm, JSObject rx, String s) {
        Object previous = rx.get("lastIndex");
        if (!Operators.sameValue(previous, 0)) {
            RegExpBuiltins.setLastIndex(rx, 0);
        }
        Object result = RegExpBuiltins.regExpExec(realm, rx, s);
        if (!Operators.sameValue(rx.get("lastIndex"), previous)) {
            RegExpBuiltins.setLastIndex(rx, previous);
        }
        return result == Oddball.NULL ? (Object) (-1) : ((JSObject) result).get("index");
    }

    /** §22.2.6.14 with a sticky copy of rx as the splitter (Kindling: %RegExp%, no species). */
    private static Object split(Realm realm, JSObject rx, String s, Object limit) {
        String flags = Conversions.toString(rx.get("flags"));
        boolean unicodeMatching = flags.indexOf('u') >= 0;
        String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
        JSRegExp splitter = RegExpBuiltins.construct(realm, realm.regExpPrototype(), rx, newFlags);
        long lim = limit == Oddball.UNDEFINED ? 4294967295L : Conversions.toUint32(limit);
        List<Object> parts = new ArrayList<>();
        if (lim == 0) {
            return realm.newArray(0);
        }
        int size = s.length();
        if (size == 0) {
            Object z = RegExpBuiltins.regExpExec(realm, splitter, s);
            return z != Oddball.NULL ? realm.newArray(0) : realm.newArray(new Object[] {s});
        }
        int p = 0;
        int q = 0;
        while (q < size) {
            RegExpBuiltins.setLastIndex(splitter, q);
            Object z = RegExpBuiltins.regExpExec(realm, splitter, s);
            if (z == Oddball.NULL) {
                q = RegExpInterpreter.advance(s, q, unicodeMatching);
                continue;
            }
            int e = (int) Math.min(RegExpBuiltins.lastIndex(splitter), size);
            if (e == p) {
                q = RegExpInterpreter.advance(s, q, unicodeMatching);
                continue;
            }
            parts.add(s.substring(p, q));
            if (parts.size() == lim) {
                return realm.newArray(parts.toArray());
            }
            p = e;
            JSObject match = (JSObject) z;
            long captures = Math.max(ArrayLike.lengthOf(match) - 1, 0);
            for (long i = 1; i <= captures; i++) {
                parts.add(ArrayLike.get(match, i));
                if (parts.size() == lim) {
                    return realm.newArray(parts.toArray());
                }
            }
            q = p;
        }
        parts.add(s.substring(p, size));
        return realm.newArray(parts.toArray());
    }

    /** %RegExpStringIteratorPrototype%'s iterators (§22.2.9): matchAll's results, lazily. */
    static final class MatchIterator extends Iterators.BuiltinIterator {
        private final JSRegExp matcher;
        private final String s;
        private final boolean global;
        private final boolean fullUnicode;
        private boolean done;

        MatchIterator(JSObject proto, JSRegExp matcher, String s, boolean global, boolean fullUnicode) {
            super(proto);
            this.matcher = matcher;
            this.s = s;
            this.global = global;
            this.fullUnicode = fullUnicode;
        }

        @Override
        Object next(Realm realm) {
            if (done) {
                return Iterators.result(realm, Oddball.UNDEFINED, true);
            }
            Object match = RegExpBuiltins.regExpExec(realm, matcher, s);
            if (match == Oddball.NULL) {
                done = true;
                return Iterators.result(realm, Oddball.UNDEFINED, true);
            }
            if (!global) {
                done = true;
            } else if (Conversions.toString(((JSObject) match).get("0")).isEmpty()) {
                advanceLastIndex(matcher, s, fullUnicode);
            }
            return Iterators.result(realm, match, false);
        }
    }

    /**
     * GetSubstitution (§22.1.3.19.1): the template with $$, $&, $`, $', $n / $nn (a capture, if
     * that many exist; else the text stays) and $<name> (only with named groups) expanded.
     * `captures` are strings or undefined; `named` is null when the pattern has no named groups.
     */
    static void substitute(StringBuilder out, String matched, String s, int position, Object[] captures,
                           JSObject named, String template) {
        int m = captures.length;
        int tailPos = Math.min(position + matched.length(), s.length());
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(i + 1);
            switch (next) {
                case '$' -> { out.append('$'); i++; }
                case '&' -> { out.append(matched); i++; }
                case '`' -> { out.append(s, 0, position); i++; }
                case '\'' -> { out.append(s, tailPos, s.length()); i++; }
                case '<' -> {
                    int close = named == null ? -1 : template.indexOf('>', i + 2);
                    if (close < 0) {
                        out.append("$<");
                    } else {
                        Object capture = named.get(template.substring(i + 2, close));
                        if (capture != Oddball.UNDEFINED) {
                            out.append(Conversions.toString(capture));
                        }
                        i = close - 1;
                    }
                    i++;
                }
                default -> {
                    int digits = digitRefLength(template, i + 1, m);
                    if (digits == 0) {
                        out.append('$');
                    } else {
                        int index = Integer.parseInt(template.substring(i + 1, i + 1 + digits));
                        Object capture = captures[index - 1];
                        if (capture != Oddball.UNDEFINED) {
                            out.append((String) capture);
                        }
                        i += digits;
                    }
                }
            }
        }
    }

    /** How many digits after a '$' name a capture among m: two if "nn" is 1..m, else one if "n" is. */
    private static int digitRefLength(String t, int at, int m) {
        if (!isDigit(t, at)) {
            return 0;
        }
        if (isDigit(t, at + 1)) {
            int nn = (t.charAt(at) - '0') * 10 + (t.charAt(at + 1) - '0');
            if (nn >= 1 && nn <= m) {
                return 2;
            }
        }
        int n = t.charAt(at) - '0';
        return n >= 1 && n <= m ? 1 : 0;
    }

    private static boolean isDigit(String t, int at) {
        return at < t.length() && t.charAt(at) >= '0' && t.charAt(at) <= '9';
    }
}
