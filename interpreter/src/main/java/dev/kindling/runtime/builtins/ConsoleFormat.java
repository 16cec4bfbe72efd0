/*
 * util.format, as console.log applies it to its arguments: a first string argument may hold
 * printf-like placeholders, each consuming one further argument; the remaining arguments
 * follow, separated by spaces — strings as they are, everything else through util.inspect.
 * A port of formatWithOptionsInternal and hasBuiltInToString of node v20's
 * lib/internal/util/inspect.js.
 *
 * The placeholders:
 *   %s  String(arg), except: numbers as inspect prints them (-0), and objects whose toString
 *       is the builtin one are inspected with depth 0 (so %s of an array prints [ 1, 2 ]);
 *   %d  Number(arg)      %i  parseInt(arg)      %f  parseFloat(arg)
 *   %j  JSON.stringify(arg), '[Circular]' for a circular structure
 *   %o  inspect(arg, { showHidden: true, depth: 4 })      %O  inspect(arg)
 *   %c  consumes a CSS argument and prints nothing        %%  a single %
 * A placeholder without an argument left stays as it is; an unknown one (%x) too.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.Set;

final class ConsoleFormat {
    private ConsoleFormat() {
    }

    /**
     * util.format(...args). `builtInObjects` are the capitalized globals that existed before
     * the program ran (node's builtInObjects), which tell a builtin toString from a user's.
     */
    static String format(Realm realm, Object[] args, Set<String> builtInObjects) {
        StringBuilder str = new StringBuilder();
        int a = 0;
        String join = "";
        if (args.length > 0 && args[0] instanceof String first) {
            if (args.length == 1) {
                return first;
            }
            int lastPos = 0;
            for (int i = 0; i < first.length() - 1; i++) {
                if (first.charAt(i) != '%') {
                    continue;
                }
                char next = first.charAt(++i);
                if (a + 1 != args.length) {
                    String replacement;
                    switch (next) {
                        case 's' -> replacement = formatS(realm, args[++a], builtInObjects);
                        case 'j' -> replacement = JsonBuiltins.stringifyForFormat(realm, args[++a]);
                        case 'd', 'i', 'f' -> replacement = formatNumeric(next, args[++a]);
                        case 'O' -> replacement = Inspect.inspect(realm, args[++a]);
                        case 'o' -> replacement = Inspect.inspect(realm, args[++a],
                                Inspect.Options.DEFAULTS.withShowHidden(true).withDepth(4));
                        case 'c' -> {
                            a++;
                            replacement = "";
                        }
                        case '%' -> {
                            str.append(first, lastPos, i);
                            lastPos = i + 1;
                            continue;
                        }
                        default -> {
                            continue;
                        }
                    }
                    if (lastPos != i - 1) {
                        str.append(first, lastPos, i - 1);
                    }
                    str.append(replacement);
                    lastPos = i + 1;
                } else if (next == '%') {
                    str.append(first, lastPos, i);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < first.length()) {
                    str.append(first, lastPos, first.length());
                }
            }
        }
        for (; a < args.length; a++) {
            str.append(join);
            Object value = args[a];
            str.append(value instanceof String s ? s : Inspect.inspect(realm, value));
            join = " ";
        }
        return str.toString();
    }

    /** %s: String(arg) unless it is a number or an object with the builtin toString. */
    /** %d (Number), %i (parseInt), %f (parseFloat); a symbol prints NaN, as in node. */
    private static String formatNumeric(char conversion, Object arg) {
        if (arg instanceof JSSymbol) {
            return "NaN";
        }
        return InspectPrimitives.formatNumber(switch (conversion) {
            case 'd' -> Conversions.toNumberValue(arg);
            case 'i' -> GlobalBuiltins.parseInt(Conversions.toString(arg), Oddball.UNDEFINED);
            default -> GlobalBuiltins.parseFloat(Conversions.toString(arg));
        });
    }

    private static String formatS(Realm realm, Object arg, Set<String> builtInObjects) {
        if (Numbers.isNumber(arg)) {
            return InspectPrimitives.formatNumber(arg);
        }
        if (arg instanceof JSSymbol symbol) {
            return symbol.toString(); // String(symbol), which does not throw
        }
        if (!(arg instanceof JSObject o) || arg instanceof JSFunction || !hasBuiltInToString(o, builtInObjects)) {
            return Conversions.toString(arg);
        }
        return Inspect.inspect(realm, arg, Inspect.Options.DEFAULTS.withDepth(0));
    }

    /**
     * hasBuiltInToString: true when `value` has no toString of its own and the one it
     * inherits sits on a prototype whose constructor is a builtin (Object, Array, Error...).
     */
    private static boolean hasBuiltInToString(JSObject value, Set<String> builtInObjects) {
        if (!(value.get("toString") instanceof JSFunction)) {
            return true;
        }
        if (value.hasOwnProperty("toString")) {
            return false;
        }
        JSObject pointer = value;
        do {
            pointer = pointer.getPrototype();
        } while (pointer != null && !pointer.hasOwnProperty("toString"));
        if (pointer == null) {
            return true;
        }
        int attrs = pointer.getOwnAttributes("constructor");
        if (attrs < 0 || PropertyAttributes.isAccessor(attrs)
                || !(pointer.getOwnRaw("constructor") instanceof JSFunction ctor)) {
            return false;
        }
        try {
            return builtInObjects.contains(Conversions.toString(ctor.get("name")));
        } catch (JSException e) {
            return false;
        }
    }
}
