/*
 * Kindling's execution modes, as the benchmarks name them: the value of a benchmark's `mode`
 * parameter and the command-line flags that select it. Every benchmark and the suite table
 * take their Kindling modes from this list; a new tier adds itself here and then appears in
 * every comparison.
 *
 * The optimizing tier is on by default (Flag.OPT), so every interpreter-only mode names
 * --no-opt: `ic` and `no-ic` mean the interpreter alone, whatever the default becomes, and
 * `opt` is the engine as `kindling` runs it (default tiering: the interpreter with inline
 * caches until a function is hot, then its optimized code).
 */
package dev.kindling.benchmarks;

import dev.kindling.api.Options;
import dev.kindling.cli.Main;

import java.util.List;

public enum KindlingMode {
    /** The interpreter with inline caches, without the optimizing tier. */
    IC("ic", "--no-opt"),
    /** The interpreter without inline caches: every property access a full lookup. */
    NO_IC("no-ic", "--no-opt", "--no-use-ic"),
    /** Default tiering: the interpreter with inline caches, hot functions optimized (KindlingCompiler). */
    OPT("opt");

    /**
     * The JVM flags Kindling's benchmarks run its JVM with: the suite's child JVMs take
     * JVM_FLAGS; the JMH benchmarks name NO_TIERED_COMPILATION in their @Fork, where a list
     * cannot go.
     *
     * Why: with tiered compilation on, C2's one thread (on 2 cores) is busy with the parser's
     * methods when the interpreter loop gets hot, so Interpreter.run often stays in C1 code
     * for a whole short run, or C2 compiles it from a few milliseconds of tier-3 profile; the
     * same program then took up to 2x longer from one JVM to the next. With it off, C2
     * compiles the loop from the profile the JVM's own interpreter gathered until it was hot.
     * The price is start-up, about 0.3 s more for a small script, which is why `kindling`
     * itself keeps the JVM's default (KINDLING_JAVA_OPTS passes flags to it).
     */
    public static final String NO_TIERED_COMPILATION = "-XX:-TieredCompilation";
    public static final List<String> JVM_FLAGS = List.of(NO_TIERED_COMPILATION);

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
