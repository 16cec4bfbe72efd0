/*
 * Kindling's execution modes, as the benchmarks name them: the value of a benchmark's `mode`
 * parameter and the command-line flags that select it. Every benchmark and the suite table
 * take their Kindling modes from this list; a new tier adds itself here (e.g. an `opt` mode
 * with no flags) and then appears in every comparison.
 */
package dev.kindling.benchmarks;

import dev.kindling.api.Options;
import dev.kindling.cli.Main;

import java.util.List;

public enum KindlingMode {
    /** The interpreter with inline caches (today's default). */
    IC("ic", "--no-opt"),
    /** The interpreter without inline caches: every property access a full lookup. */
    NO_IC("no-ic", "--no-opt", "--no-use-ic");

    private final String paramName;
    private final List<String> flags;

    KindlingMode(String paramName, String... flags) {
        this.paramName = paramName;
        this.flags = List.of(flags);
    }

    /** The name in a benchmark's `mode` parameter and in the suite table's columns. */
    public String paramName() {
        return paramName;
    }

    /** The `kindling` flags that select this mode. */
    public List<String> flags() {
        return flags;
    }

    /** The embedding API's options for this mode (the flags, parsed as the command line does). */
    public Options options() {
        return Main.parseOptions(flags);
    }

    /** The mode of this parameter name; IllegalArgumentException for another name. */
    public static KindlingMode named(String paramName) {
        for (KindlingMode mode : values()) {
            if (mode.paramName.equals(paramName)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("no Kindling mode named '" + paramName + "'");
    }
}
