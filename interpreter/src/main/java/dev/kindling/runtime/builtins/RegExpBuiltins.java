/*
 * RegExp (ECMA-262 §22.2.4 - §22.2.6): the constructor, exec and test, toString, and the
 * accessors source, flags, global, ignoreCase, multiline, dotAll, unicode, sticky, hasIndices.
 * The Symbol.match/matchAll/replace/search/split methods String.prototype calls are in
 * RegExpSymbolMethods; the matching itself is dev.kindling.regexp's (RegExpInterpreter).
 *
 * exec is the spec's RegExpBuiltinExec (§22.2.7.2): lastIndex is read and written only for g
 * and y, the result is an array with index, input and groups (and indices under d), in that
 * order, as node prints them. regExpExec (§22.2.7.1) is what the Symbol methods call: a user's
 * `exec` if the object has one, so subclasses and duck-typed matchers work.
 *
 * Differences from node: no `v` flag, no RegExp.prototype.compile, no legacy RegExp.$1 statics,
 * and no Symbol.species lookup (split builds its splitter with %RegExp%). A search that exceeds
 * --regexp-backtrack-limit reports no match (docs/regexp.md).
 */
package dev.kindling.runtime.builtins;

import dev.kindling.regexp.RegExpCode;
import dev.kindling.regexp.RegExpFlags;
import dev.kindling.regexp.RegExpInterpreter;
import dev.kindling.regexp.RegExpSyntaxError;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSRegExp;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class RegExpBuiltins {
    private RegExpBuiltins() {
    }

    /** The flag accessors, in the order the `flags` getter reads them (§22.2.6.4). */
    private static final String[][] FLAG_ACCESSORS = {
        {"hasIndices", "d"}, {"global", "g"}, {"ignoreCase", "i"}, {"multiline", "m"},
        {"dotAll", "s"}, {"unicode", "u"}, {"sticky", "y"},
    };

    static void install(Realm realm) {
        JSObject proto = realm.regExpPrototype();
        BuiltinFunction[] ctor = new BuiltinFunction[1];
        ctor[0] = Builtins.defineConstructor(realm, "RegExp", 2, proto,
                (r, self, args) -> {
                    // RegExp(re) without new returns re itself when it is a RegExp of %RegExp%.
                    Object pattern = arg(args, 0);
                    if (isRegExp(pattern) && arg(args, 1) == Oddball.UNDEFINED
                            && ((JSObject) pattern).get("constructor") == ctor[0]) {
                        return pattern;
                    }
                    return construct(r, proto, pattern, arg(args, 1));
                },
                (r, args, newTarget) -> construct(r, Builtins.prototypeFromConstructor(newTarget, proto),
                        arg(args, 0), arg(args, 1)));

        realm.defineMethod(proto, "exec", 1, (r, self, args) -> {
            if (!(self instanceof JSRegExp re)) {
                throw Builtins.incompatibleReceiver("RegExp.prototype.exec", self);
            }
            return builtinExec(r, re, Conversions.toString(arg(args, 0)));
        });
        realm.defineMethod(proto, "test", 1, (r, self, args) -> {
            if (!(self instanceof JSObject o)) {
                throw Builtins.incompatibleReceiver("RegExp.prototype.test", self);
            }
            return regExpExec(r, o, Conversions.toString(arg(args, 0))) != Oddball.NULL;
        });
        realm.defineMethod(proto, "toString", 0, (r, self, args) -> {
            if (!(self instanceof JSObject o)) {
                throw Builtins.incompatibleReceiver("RegExp.prototype.toString", self);
            }
            return "/" + Conversions.toString(o.get("source")) + "/" + Conversions.toString(o.get("flags"));
        });

        realm.defineGetter(proto, "flags", (r, self, args) -> {
            if (!(self instanceof JSObject o)) {
                throw JSException.typeError("RegExp.prototype.flags getter called on non-object "
                        + Conversions.toString(self));
            }
            StringBuilder sb = new StringBuilder();
            for (String[] accessor : FLAG_ACCESSORS) {
                if (Conversions.toBoolean(o.get(accessor[0]))) {
                    sb.append(accessor[1]);
                }
            }
            return sb.toString();
        });
        for (String[] accessor : FLAG_ACCESSORS) {
            char letter = accessor[1].charAt(0);
            realm.defineGetter(proto, accessor[0], (r, self, args) -> {
                if (self instanceof JSRegExp re) {
                    return re.code().flags().toString().indexOf(letter) >= 0;
                }
                if (self == proto) {
                    return Oddball.UNDEFINED; // §22.2.6.4.1 step 3.a
                }
                throw JSException.typeError("RegExp.prototype." + accessor[0] + " getter called on non-RegExp object");
            });
        }
        realm.defineGetter(proto, "source", (r, self, args) -> {
            if (self instanceof JSRegExp re) {
                return escapeSource(re.code().source());
            }
            if (self == proto) {
                return "(?:)";
            }
            throw JSException.typeError("RegExp.prototype.source getter called on non-RegExp object");
        });
        RegExpSymbolMethods.install(realm, proto);
    }

    /** RegExpInitialize (§22.2.3.1) on a fresh object of `proto`: node's SyntaxErrors for bad input. */
    static JSRegExp construct(Realm realm, JSObject proto, Object pattern, Object flags) {
        String p;
        String f;
        if (pattern instanceof JSRegExp re) {
            p = re.code().source();
            f = flags == Oddball.UNDEFINED ? re.code().flags().toString() : Conversions.toString(flags);
        } else if (isRegExp(pattern)) {
            JSObject o = (JSObject) pattern;
            p = stringOrEmpty(o.get("source"));
            f = flags == Oddball.UNDEFINED ? stringOrEmpty(o.get("flags")) : Conversions.toString(flags);
        } else {
            p = stringOrEmpty(pattern);
            f = stringOrEmpty(flags);
        }
        RegExpFlags parsed = RegExpFlags.parse(f);
        if (parsed == null) {
            throw JSException.syntaxError("Invalid flags supplied to RegExp constructor '" + f + "'");
        }
        RegExpCode code;
        try {
            code = realm.compileRegExp(p, parsed);
        } catch (RegExpSyntaxError e) {
            throw JSException.syntaxError(RegExpSyntaxError.format(escapeSource(p), f, e.getMessage()));
        }
        return new JSRegExp(proto, code);
    }

    private static String stringOrEmpty(Object value) {
        return value == Oddball.UNDEFINED ? "" : Conversions.toString(value);
    }

    /** IsRegExp (§7.2.8): Symbol.match decides when present, else being a RegExp. */
    static boolean isRegExp(Object value) {
        if (!(value instanceof JSObject o)) {
            return false;
        }
        Object matcher = o.get(JSSymbol.MATCH);
        return matcher != Oddball.UNDEFINED ? Conversions.toBoolean(matcher) : o instanceof JSRegExp;
    }

    /**
     * EscapeRegExpPattern (§22.2.6.13.1), as V8 does it: "(?:)" for the empty pattern, and '/'
     * and line terminators escaped so `/${source}/` reads back as the same literal.
     */
    static String escapeSource(String source) {
        if (source.isEmpty()) {
            return "(?:)";
        }
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> {
                    sb.append(c);
                    if (i + 1 < source.length()) {
                        sb.append(source.charAt(++i));
                    }
                    continue;
                }
                case '[' -> inClass = true;
                case ']' -> inClass = false;
                case '/' -> {
                    sb.append(inClass ? "/" : "\\/");
                    continue;
                }
                case '\n' -> { sb.append("\\n"); continue; }
                case '\r' -> { sb.append("\\r"); continue; }
                case '\u2028' -> { sb.append("\\u2028"); continue; }
                case '\u2029' -> { sb.append("\\u2029"); continue; }
                default -> { }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** RegExpExec (§22.2.7.1): the object's own `exec` if callable (its result an object or null). */
    static Object regExpExec(Realm realm, JSObject r, String s) {
        Object exec = r.get("exec");
        if (exec instanceof JSFunction fn && !(r instanceof JSRegExp && isBuiltinExec(realm, fn))) {
            Object result = fn.call(r, new Object[] {s});
            if (!(result instanceof JSObject) && result != Oddball.NULL) {
                throw JSException.typeError("object null is not a function"); // V8 words it so, oddly
            }
            return result;
        }
        if (!(r instanceof JSRegExp re)) {
            throw Builtins.incompatibleReceiver("RegExp.prototype.exec", r);
        }
        return builtinExec(realm, re, s);
    }

    private static boolean isBuiltinExec(Realm realm, JSFunction fn) {
        return fn == realm.regExpPrototype().getOwnRaw("exec");
    }

    /** ToLength (§7.1.20) of lastIndex, as a long. */
    static long lastIndex(JSObject r) {
        double len = Conversions.toIntegerOrInfinity(r.get("lastIndex"));
        return len <= 0 ? 0 : (long) Math.min(len, 9007199254740991.0);
    }

    /** A length or index as a JS number (Integer when it fits, as every number is normalized). */
    static Object number(long value) {
        return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) (double) value;
    }

    static void setLastIndex(JSObject r, Object value) {
        if (!r.set("lastIndex", value)) {
            throw JSException.typeError("Cannot assign to read only property 'lastIndex' of object '[object "
                    + r.className() + "]'");
        }
    }

    /** RegExpBuiltinExec (§22.2.7.2). */
    static Object builtinExec(Realm realm, JSRegExp re, String s) {
        RegExpCode code = re.code();
        RegExpFlags flags = code.flags();
        boolean globalOrSticky = flags.global() || flags.sticky();
        long last = lastIndex(re); // read (and converted) even when unused, as the spec does
        if (!globalOrSticky) {
            last = 0;
        }
        int[] match = null;
        if (last <= s.length()) {
            try {
                match = RegExpInterpreter.search(code, s, (int) last, realm.regExpBacktrackLimit());
            } catch (RegExpInterpreter.BacktrackLimitExceeded e) {
                match = null; // docs/regexp.md: past the limit a search fails
            }
        }
        if (match == null) {
            if (globalOrSticky) {
                setLastIndex(re, 0);
            }
            return Oddball.NULL;
        }
        if (globalOrSticky) {
            setLastIndex(re, match[1]);
        }
        int groups = code.captureCount() + 1;
        Object[] elements = new Object[groups];
        for (int i = 0; i < groups; i++) {
            elements[i] = match[2 * i] < 0 ? Oddball.UNDEFINED : s.substring(match[2 * i], match[2 * i + 1]);
        }
        JSArray array = realm.newArray(elements);
        array.defineOwnProperty("index", match[0], PropertyAttributes.DEFAULT);
        array.defineOwnProperty("input", s, PropertyAttributes.DEFAULT);
        List<String> names = code.groupNamesInOrder();
        array.defineOwnProperty("groups", groupsObject(realm, code, names, i -> elements[i]), PropertyAttributes.DEFAULT);
        if (flags.hasIndices()) {
            Object[] pairs = new Object[groups];
            for (int i = 0; i < groups; i++) {
                pairs[i] = match[2 * i] < 0 ? Oddball.UNDEFINED
                        : realm.newArray(new Object[] {match[2 * i], match[2 * i + 1]});
            }
            JSArray indices = realm.newArray(pairs);
            indices.defineOwnProperty("groups", groupsObject(realm, code, names, i -> pairs[i]), PropertyAttributes.DEFAULT);
            array.defineOwnProperty("indices", indices, PropertyAttributes.DEFAULT);
        }
        return array;
    }

    /** A match's `groups`: undefined without named groups, else a null-prototype object by group order. */
    private static Object groupsObject(Realm realm, RegExpCode code, List<String> names,
                                       java.util.function.IntFunction<Object> valueOf) {
        if (names.isEmpty()) {
            return Oddball.UNDEFINED;
        }
        JSObject groups = realm.newObject(null);
        for (String name : names) {
            groups.defineOwnProperty(name, valueOf.apply(code.groupNames().get(name)), PropertyAttributes.DEFAULT);
        }
        return groups;
    }
}
