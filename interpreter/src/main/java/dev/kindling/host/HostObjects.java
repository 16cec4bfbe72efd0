/*
 * The host objects node gives a program besides the language's builtins: `global`, `process` (argv,
 * env, exit, exitCode, stdout.write, stderr.write, hrtime) and `performance.now()`. Installed
 * on the global object by the engine when it runs a program as node would.
 *
 * A script reaches no file, class or network through them: env is a snapshot copied into a
 * plain object, and output goes only to the realm's two streams.
 */
package dev.kindling.host;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class HostObjects {
    private HostObjects() {
    }

    /**
     * Installs `process` (the given object, an EventEmitter as node's process is) and
     * `performance`; `argv` is laid out as node's process.argv.
     */
    public static JSObject install(Realm realm, List<String> argv, JSObject process) {
        long start = System.nanoTime();
        realm.global().defineOwnProperty("process", process, PropertyAttributes.HIDDEN);
        // node's own name for the global object (writable, enumerable, configurable, as node's)
        realm.global().defineOwnProperty("global", realm.global(), PropertyAttributes.DEFAULT);
        realm.global().defineOwnProperty(JSSymbol.TO_STRING_TAG, "global", PropertyAttributes.CONFIGURABLE);

        process.defineOwnProperty("argv", realm.newArray(argv.toArray()), PropertyAttributes.DEFAULT);
        JSObject env = realm.newObject();
        env.toDictionaryMode(); // a bag of names, not a shape: no transition chain of variable names
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            env.defineOwnProperty(e.getKey(), e.getValue(), PropertyAttributes.DEFAULT);
        }
        process.defineOwnProperty("env", env, PropertyAttributes.DEFAULT);
        process.defineOwnProperty("exitCode", Oddball.UNDEFINED, PropertyAttributes.DEFAULT);
        process.defineOwnProperty("platform", "linux", PropertyAttributes.DEFAULT);

        realm.defineMethod(process, "exit", 1, (r, self, args) -> {
            Object code = args.length > 0 && args[0] != Oddball.UNDEFINED ? args[0] : process.get("exitCode");
            throw new ProcessExit(code == Oddball.UNDEFINED ? 0 : Conversions.toInt32(code));
        });
        process.defineOwnProperty("stdout", stream(realm, true), PropertyAttributes.DEFAULT);
        process.defineOwnProperty("stderr", stream(realm, false), PropertyAttributes.DEFAULT);
        realm.defineMethod(process, "hrtime", 1, (r, self, args) -> {
            long now = System.nanoTime() - start;
            if (args.length > 0 && args[0] instanceof JSArray prev) {
                long before = (long) (Conversions.toNumber(prev.getElement(0)) * 1e9 + Conversions.toNumber(prev.getElement(1)));
                now -= before;
            } else if (args.length > 0 && args[0] != Oddball.UNDEFINED) {
                throw JSException.typeError("The \"time\" argument must be an instance of Array.");
            }
            return r.newArray(new Object[] {Numbers.normalize(now / 1_000_000_000L), Numbers.normalize(now % 1_000_000_000L)});
        });

        JSObject performance = realm.newObject();
        realm.global().defineOwnProperty("performance", performance, PropertyAttributes.HIDDEN);
        realm.defineMethod(performance, "now", 0,
                (r, self, args) -> Numbers.normalize((System.nanoTime() - start) / 1e6));
        return process;
    }

    /**
     * The local time zone node would use: `flag` (--tz) if given, else the TZ environment
     * variable (glibc's optional leading ':' dropped), else the machine's. A name java.time does
     * not know is UTC, as ICU makes it for node (Date then names it "GMT+00:00").
     */
    public static java.time.ZoneId localTimeZone(String flag, String tzVariable) {
        String name = flag != null ? flag : tzVariable;
        if (name == null) {
            return java.time.ZoneId.systemDefault();
        }
        name = name.startsWith(":") ? name.substring(1) : name;
        try {
            return name.isEmpty() ? java.time.ZoneId.of("UTC") : java.time.ZoneId.of(name);
        } catch (java.time.DateTimeException unknown) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private static JSObject stream(Realm realm, boolean out) {
        JSObject stream = realm.newObject();
        realm.defineMethod(stream, "write", 1, (r, self, args) -> {
            String text = Conversions.toString(args.length > 0 ? args[0] : Oddball.UNDEFINED);
            if (out) {
                r.out().print(text);
            } else {
                r.out().flush();
                r.err().print(text);
                r.err().flush();
            }
            return Boolean.TRUE;
        });
        return stream;
    }

    /** The exit code a program that ended normally leaves: process.exitCode, else 0. */
    public static int exitCode(JSObject process) {
        Object code = process.get("exitCode");
        return code == Oddball.UNDEFINED ? 0 : Conversions.toInt32(code);
    }
}
