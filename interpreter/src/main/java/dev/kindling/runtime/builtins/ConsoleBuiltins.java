/*
 * The console object, as node's lib/internal/console/constructor.js defines it (the parts a
 * program's output depends on): log, info, debug (stdout), error, warn, trace (stderr), dir,
 * table (ConsoleTable), group / groupCollapsed / groupEnd, assert, count / countReset,
 * time / timeLog / timeEnd.
 *
 * Each call formats its arguments with util.format (ConsoleFormat), indents every line by the
 * current group indentation, and writes one line ending in "\n" — never the platform line
 * separator, so output is byte-identical to node's on every OS.
 *
 * Assumes: installed last, so the snapshot of builtin globals (node's builtInObjects, which
 * %s consults) holds exactly the builtins and no program globals.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class ConsoleBuiltins {
    private static final int GROUP_INDENTATION = 2;

    /** The per-console state node keeps in symbols: group indent, counters, timers. */
    private static final class State {
        final Set<String> builtInObjects;
        String groupIndent = "";
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, Long> timers = new HashMap<>();

        State(Set<String> builtInObjects) {
            this.builtInObjects = builtInObjects;
        }
    }

    private ConsoleBuiltins() {
    }

    static void install(Realm realm) {
        State state = new State(builtInObjects(realm));
        JSObject console = realm.newObject();
        realm.global().defineOwnProperty("console", console, PropertyAttributes.HIDDEN);

        for (String name : new String[] {"log", "info", "debug"}) {
            defineWriter(realm, console, name, state, false);
        }
        for (String name : new String[] {"error", "warn"}) {
            defineWriter(realm, console, name, state, true);
        }
        realm.defineMethod(console, "dir", 0, (r, thisArg, args) -> {
            write(r, r.out(), state, Inspect.inspect(r, arg(args, 0)));
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "table", 1, (r, thisArg, args) -> {
            String table = ConsoleTable.table(r, arg(args, 0), arg(args, 1));
            write(r, r.out(), state, table != null ? table
                    : ConsoleFormat.format(r, new Object[] {arg(args, 0)}, state.builtInObjects));
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "trace", 0, (r, thisArg, args) -> {
            String message = ConsoleFormat.format(r, args, state.builtInObjects);
            StringBuilder sb = new StringBuilder("Trace");
            if (!message.isEmpty()) {
                sb.append(": ").append(message);
            }
            for (StackFrameInfo frame : r.captureStack()) {
                sb.append('\n').append(frame.format());
            }
            write(r, r.err(), state, sb.toString());
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "assert", 0, (r, thisArg, args) -> {
            if (!Conversions.toBoolean(arg(args, 0))) {
                Object[] rest = args.length <= 1 ? new Object[] {"Assertion failed"}
                        : Arrays.copyOfRange(args, 1, args.length);
                if (args.length > 1) {
                    rest[0] = "Assertion failed: " + (rest[0] instanceof String s ? s : Conversions.toString(rest[0]));
                }
                write(r, r.err(), state, ConsoleFormat.format(r, rest, state.builtInObjects));
            }
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "group", 0, (r, thisArg, args) -> group(r, state, args));
        realm.defineMethod(console, "groupCollapsed", 0, (r, thisArg, args) -> group(r, state, args));
        realm.defineMethod(console, "groupEnd", 0, (r, thisArg, args) -> {
            int end = Math.max(0, state.groupIndent.length() - GROUP_INDENTATION);
            state.groupIndent = state.groupIndent.substring(0, end);
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "count", 0, (r, thisArg, args) -> {
            String label = label(arg(args, 0));
            int count = state.counts.merge(label, 1, Integer::sum);
            write(r, r.out(), state, label + ": " + count);
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "countReset", 0, (r, thisArg, args) -> {
            state.counts.remove(label(arg(args, 0)));
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "time", 0, (r, thisArg, args) -> {
            state.timers.putIfAbsent(label(arg(args, 0)), System.nanoTime());
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "timeLog", 0, (r, thisArg, args) -> {
            timeLog(r, state, args, false);
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(console, "timeEnd", 0, (r, thisArg, args) -> {
            timeLog(r, state, args, true);
            return Oddball.UNDEFINED;
        });
    }

    private static void defineWriter(Realm realm, JSObject console, String name, State state, boolean toStderr) {
        realm.defineMethod(console, name, 0, (r, thisArg, args) -> {
            write(r, toStderr ? r.err() : r.out(), state, ConsoleFormat.format(r, args, state.builtInObjects));
            return Oddball.UNDEFINED;
        });
    }

    /** kWriteToConsole: group indentation on every line, then one "\n". */
    private static void write(Realm realm, PrintStream stream, State state, String text) {
        if (!state.groupIndent.isEmpty()) {
            text = state.groupIndent + text.replace("\n", "\n" + state.groupIndent);
        }
        if (stream == realm.err()) {
            // node writes both streams synchronously, so when they share a terminal or a pipe
            // the lines interleave in program order; a buffered stdout must be flushed first.
            realm.out().flush();
            stream.print(text + "\n");
            stream.flush();
        } else {
            stream.print(text + "\n");
        }
    }

    private static Object group(Realm realm, State state, Object[] args) {
        if (args.length > 0) {
            write(realm, realm.out(), state, ConsoleFormat.format(realm, args, state.builtInObjects));
        }
        state.groupIndent += " ".repeat(GROUP_INDENTATION);
        return Oddball.UNDEFINED;
    }

    private static String label(Object value) {
        return value == Oddball.UNDEFINED ? "default" : Conversions.toString(value);
    }

    /** timeLog / timeEnd: "label: 1.234ms" (node's formatTime), plus timeLog's extra data. */
    private static void timeLog(Realm realm, State state, Object[] args, boolean end) {
        String label = label(arg(args, 0));
        Long start = end ? state.timers.remove(label) : state.timers.get(label);
        if (start == null) {
            return; // node prints a process warning here; programs' stdout is unaffected
        }
        double ms = (System.nanoTime() - start) / 1e6;
        String text = label + ": " + formatTime(ms);
        if (!end && args.length > 1) {
            Object[] data = Arrays.copyOfRange(args, 1, args.length);
            Object[] all = new Object[data.length + 1];
            all[0] = text;
            System.arraycopy(data, 0, all, 1, data.length);
            text = ConsoleFormat.format(realm, all, state.builtInObjects);
        }
        write(realm, realm.out(), state, text);
    }

    /** node's formatTime for durations under a minute: "12.345ms" or "1.500s". */
    private static String formatTime(double ms) {
        if (ms >= 1000) {
            return String.format(java.util.Locale.ROOT, "%.3fs", ms / 1000);
        }
        return Conversions.toString(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3f", ms)));
    }

    /** node's builtInObjects: the global names that look like constructors (/^[A-Z][a-zA-Z0-9]+$/). */
    private static Set<String> builtInObjects(Realm realm) {
        Set<String> names = new HashSet<>();
        for (String key : realm.global().ownKeys()) {
            if (key.matches("[A-Z][a-zA-Z0-9]+")) {
                names.add(key);
            }
        }
        return names;
    }
}
