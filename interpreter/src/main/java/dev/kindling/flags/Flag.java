/*
 * The one table of Kindling's flags, as V8's src/flags/flag-definitions.h is V8's: each flag
 * declared once, with its name (V8/node's spelling where node has the flag), its type, its
 * default, its help group and its help text. The command line (cli's picocli options), the
 * embedding API's Options and every stage read their flags from this table, through the one
 * values object, Flags.
 *
 * To add a flag, add one line here, in its group, and read it where it acts
 * (flags.bool(Flag.MY_FLAG)); the command line, its --help, the API and the tests that
 * iterate the table pick it up. Add a flag only when the feature it switches exists: a listed
 * flag that does nothing is worse than none.
 *
 * A string flag may take its value optionally (V8 has none such; picocli's fallback value):
 * given bare, `--print-ir`, it holds its implicit value ("text"); `--print-ir=dot:DIR` gives
 * another. Its accepted values are a pattern, checked when the value is set.
 *
 * Guarantees: names are unique, spelled with dashes (V8 also accepts underscores: Flags.parse
 * maps them); a boolean flag `x` is set by --x and cleared by --no-x, as in V8.
 */
package dev.kindling.flags;

public enum Flag {
    // ---- running ----
    MAX_CALL_DEPTH("max-call-depth", Group.RUNNING, 11_000, 1, "FRAMES",
            "Kindling's own: the deepest JS call stack, in frames, before a RangeError (node's"
                    + " --stack-size, KB of machine stack, has no Kindling meaning)."),

    TZ("tz", Group.RUNNING, null, "ZONE",
            "Kindling's own: the local time zone of Date, an IANA name (America/New_York); without it the"
                    + " TZ environment variable decides, as in node (an unknown name is UTC)."),

    // ---- bytecode ----
    PRINT_BYTECODE("print-bytecode", Group.BYTECODE, false,
            "Print each function's bytecode when it is first compiled (lazily, on its first call)."),
    PRINT_BYTECODE_FILTER("print-bytecode-filter", Group.BYTECODE, "*", "NAME",
            "Only print the bytecode of functions named NAME (* for all)."),
    PRINT_REGEXP_BYTECODE("print-regexp-bytecode", Group.BYTECODE, false,
            "Print the regexp bytecode of each pattern when it is compiled (a literal on its first"
                    + " evaluation, each new RegExp)."),
    REGEXP_BACKTRACK_LIMIT("regexp-backtrack-limit", Group.RUNNING, 0, 0, "N",
            "Kindling's own: the backtracks one regexp search may take before it gives up and reports"
                    + " no match (0: no limit, as in node; see docs/regexp.md)."),

    // ---- feedback and inline caches ----
    USE_IC("use-ic", Group.FEEDBACK, true,
            "Use inline caches (--no-use-ic: every property access does a full lookup)."),
    TRACE_IC("trace-ic", Group.FEEDBACK, false,
            "Print one line per inline-cache state change."),
    PRINT_FEEDBACK("print-feedback", Group.FEEDBACK, false,
            "Kindling's own: at exit, print every feedback vector (IC states, shapes, hints, call targets)."),

    // ---- optimizing tier ----
    OPT("opt", Group.OPTIMIZING, true,
            "Use the optimizing tier (--no-opt: interpreter only)."),
    INTERRUPT_BUDGET("interrupt-budget", Group.OPTIMIZING, 66 * 1024, 1, "BYTES",
            "The bytecode a function runs between tiering decisions (node 20's default)."),
    ALWAYS_OPT("always-opt", Group.OPTIMIZING, false,
            "Optimize every function on its second call (its first gathers feedback), and let a loop of"
                    + " a function so marked but still interpreted continue in OSR code from its second back edge."),
    USE_OSR("use-osr", Group.OPTIMIZING, true,
            "Use on-stack replacement: a hot loop of a function still running in the interpreter continues"
                    + " in code optimized for that loop (--no-use-osr: loops wait for the function's next call)."),
    ALWAYS_OSR("always-osr", Group.OPTIMIZING, false,
            "Stress: every loop back edge continues in OSR code, once the loop has run one iteration."),
    TRACE_OSR("trace-osr", Group.OPTIMIZING, false,
            "Print V8's lines for on-stack replacement: urgency, compilation, entry."),
    DEOPT_EVERY_N_TIMES("deopt-every-n-times", Group.OPTIMIZING, 0, 0, "N",
            "Stress: every N-th check that could deoptimize does, with reason \"for testing\" (0: never)."),
    TRACE_OPT("trace-opt", Group.OPTIMIZING, false,
            "Print V8's lines for functions marked, compiled and aborted."),
    TURBO_INLINING("turbo-inlining", Group.OPTIMIZING, true,
            "Inline small, hot callees into the functions the tier compiles (V8's name; --no-turbo-inlining: never)."),
    STRESS_INLINE("stress-inline", Group.OPTIMIZING, false,
            "Stress: inline every call the tier can inline, however big or cold (V8's name)."),
    TRACE_TURBO_INLINING("trace-turbo-inlining", Group.OPTIMIZING, false,
            "Print each inlining decision with its reason (V8's name)."),
    TRACE_DEOPT("trace-deopt", Group.OPTIMIZING, false,
            "Print V8's line for each deoptimization, and Kindling's own line saying why in plain words."),
    PRINT_IR("print-ir", Group.OPTIMIZING, "text", "text|dot:.+", "FORMAT",
            "Kindling's own: the IR of each optimized function after graph building and after each pass,"
                    + " printed (bare or =text) or written as one Graphviz file per phase into DIR (=dot:DIR)."),
    PRINT_IR_FILTER("print-ir-filter", Group.OPTIMIZING, "*", "NAME",
            "Only print the IR of functions named NAME (* for all)."),
    PRINT_JVM_BYTECODE("print-jvm-bytecode", Group.OPTIMIZING, false,
            "Kindling's own: print each generated class as ASM's Textifier lists it."),
    PRINT_JVM_BYTECODE_FILTER("print-jvm-bytecode-filter", Group.OPTIMIZING, "*", "NAME",
            "Only print the JVM bytecode of functions named NAME (* for all)."),
    DUMP_CLASSES("dump-classes", Group.OPTIMIZING, null, "DIR",
            "Kindling's own: write each generated class file into DIR (for javap -c)."),

    // ---- diagnostics ----
    ALLOW_NATIVES_SYNTAX("allow-natives-syntax", Group.DIAGNOSTICS, false,
            "Allow V8's natives: %Name(...) calls such as %DebugPrint(x)."),
    DUMP_SHAPES("dump-shapes", Group.DIAGNOSTICS, null, "FILE.dot",
            "Kindling's own: at exit, write the shape transition trees to FILE.dot (Graphviz)."),

    // ---- the event loop ----
    TRACE_EVENT_LOOP("trace-event-loop", Group.EVENT_LOOP, false,
            "Kindling's own: one line per loop phase entered with callbacks waiting (and how many), per callback run"
                    + " (its kind and where it was scheduled), per nextTick and microtask drain, per thread-pool"
                    + " completion, and why the loop exits."),
    TRACE_PROMISES("trace-promises", Group.EVENT_LOOP, false,
            "Kindling's own: one line per promise created, resolved or rejected and per reaction job queued,"
                    + " with where the program made it.");

    /** What a flag holds. */
    public enum Type { BOOL, INT, STRING }

    /** The sections of `kindling --help`, in the order it prints them. */
    public enum Group {
        RUNNING("Running"),
        BYTECODE("Bytecode"),
        FEEDBACK("Feedback and inline caches"),
        OPTIMIZING("Optimizing tier"),
        DIAGNOSTICS("Diagnostics"),
        EVENT_LOOP("Event loop");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    private final String name;
    private final Group group;
    private final Type type;
    private final Object defaultValue;
    private final int minimum;
    private final String valueLabel;
    private final String help;
    /** A string flag given without a value holds this (null: the value is required). */
    private final String implicitValue;
    /** The values a string flag accepts (null: any). */
    private final java.util.regex.Pattern accepted;

    Flag(String name, Group group, boolean defaultValue, String help) {
        this(name, group, Type.BOOL, defaultValue, 0, null, help);
    }

    Flag(String name, Group group, int defaultValue, int minimum, String valueLabel, String help) {
        this(name, group, Type.INT, defaultValue, minimum, valueLabel, help);
    }

    Flag(String name, Group group, String defaultValue, String valueLabel, String help) {
        this(name, group, Type.STRING, defaultValue, 0, valueLabel, help);
    }

    /** A string flag whose value is optional: unset by default, `implicitValue` when given bare. */
    Flag(String name, Group group, String implicitValue, String accepted, String valueLabel, String help) {
        this(name, group, Type.STRING, null, 0, valueLabel, help, implicitValue, accepted);
    }

    Flag(String name, Group group, Type type, Object defaultValue, int minimum, String valueLabel, String help) {
        this(name, group, type, defaultValue, minimum, valueLabel, help, null, null);
    }

    Flag(String name, Group group, Type type, Object defaultValue, int minimum, String valueLabel, String help,
         String implicitValue, String accepted) {
        this.implicitValue = implicitValue;
        this.accepted = accepted == null ? null : java.util.regex.Pattern.compile(accepted);
        this.name = name;
        this.group = group;
        this.type = type;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.valueLabel = valueLabel;
        this.help = help;
    }

    /** The name without dashes, as V8 spells it: "use-ic". */
    public String flagName() {
        return name;
    }

    /** The command-line spelling that sets it: "--use-ic". */
    public String option() {
        return "--" + name;
    }

    public Group group() {
        return group;
    }

    public Type type() {
        return type;
    }

    /** Boolean, Integer or String (null: a string flag that is unset by default). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The least value an INT flag takes. */
    public int minimum() {
        return minimum;
    }

    /** What `--help` shows for the value of an INT or STRING flag (null for a BOOL). */
    public String valueLabel() {
        return valueLabel;
    }

    public String help() {
        return help;
    }

    /** The value of a string flag given bare (`--print-ir`), or null if it needs one. */
    public String implicitValue() {
        return implicitValue;
    }

    /** Whether a string flag takes `value` (null, unset, always). */
    public boolean accepts(String value) {
        return value == null || accepted == null || accepted.matcher(value).matches();
    }

    /** The flag named `name` (dashes or underscores), or null. */
    public static Flag named(String name) {
        String dashed = name.replace('_', '-');
        for (Flag flag : values()) {
            if (flag.name.equals(dashed)) {
                return flag;
            }
        }
        return null;
    }

    /** The command-line argument that gives this flag `value`: "--no-use-ic", "--max-call-depth=50". */
    public String spell(Object value) {
        if (type == Type.BOOL) {
            return (Boolean) value ? option() : "--no-" + name;
        }
        return option() + "=" + value;
    }
}
