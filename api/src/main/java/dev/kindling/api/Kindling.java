/*
 * A Kindling engine, for Java programs that embed JavaScript: one realm (global object,
 * builtins, node's `process`), one interpreter with the optimizing tier wired in (unless
 * --no-opt), the Options it was made with. It evaluates
 * sources and files as node runs CommonJS modules, hands back globals and module exports,
 * and calls JS functions with Java values (the mapping is in Values).
 *
 * The `kindling` command, the end-to-end tests and the benchmarks all run JS through this
 * class; there is no second way in.
 *
 * Assumes: one thread uses an engine at a time, and JS runs on the calling thread, so a deep
 * JS recursion needs a deep thread stack (the command line runs on a 1 GB stack; elsewhere a
 * JVM StackOverflowError still becomes a catchable RangeError, only earlier than node's).
 * Guarantees: a JS exception reaches the caller as JsException, a syntax error as a
 * JsException with isSyntaxError(), process.exit as ProcessExitException; every JS value
 * the caller sees is mapped (no engine-internal object escapes).
 */
package dev.kindling.api;

import dev.kindling.backend.KindlingCompiler;
import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.host.Engine;
import dev.kindling.host.HostObjects;
import dev.kindling.host.ProcessExit;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.Realm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class Kindling implements AutoCloseable {
    /** The file name of a source evaluated without one (node's name for `node -e` code). */
    public static final String EVAL_FILE_NAME = "[eval]";

    private final Options options;
    private final Engine engine;
    /** The optimizing tier, or null under --no-opt. */
    private final KindlingCompiler compiler;
    private final Values values;

    private Kindling(Options options, PrintStream out, PrintStream err, List<String> argv) {
        this.options = options;
        Flags flags = options.flags();
        this.compiler = flags.bool(Flag.OPT) ? new KindlingCompiler(compilerSettings(flags, out)) : null;
        this.engine = new Engine(flags, out, err, argv, compiler, flags.integer(Flag.INTERRUPT_BUDGET));
        if (compiler != null) {
            engine.interpreter().tieringManager().setTrace(compiler);
            engine.interpreter().tieringManager().setAlwaysOpt(flags.bool(Flag.ALWAYS_OPT));
            var osr = engine.interpreter().tieringManager().onStackReplacement();
            osr.setEnabled(flags.bool(Flag.USE_OSR));
            osr.setAlways(flags.bool(Flag.ALWAYS_OSR));
            osr.setTrace(flags.bool(Flag.TRACE_OSR) ? out : null);
        }
        this.values = new Values(this, engine.realm());
    }

    /** The optimizing tier's settings from the flags; its traces and dumps go to `out`, as V8's go to stdout. */
    private static KindlingCompiler.Settings compilerSettings(Flags flags, PrintStream out) {
        String ir = flags.string(Flag.PRINT_IR); // null, "text" or "dot:DIR" (the flag accepts no other)
        String dot = ir != null && ir.startsWith("dot:") ? ir.substring("dot:".length()) : null;
        String classes = flags.string(Flag.DUMP_CLASSES);
        return new KindlingCompiler.Settings(flags.bool(Flag.TRACE_OPT) ? out : null,
                flags.bool(Flag.TRACE_DEOPT) ? out : null, "text".equals(ir) ? out : null,
                flags.string(Flag.PRINT_IR_FILTER), dot == null ? null : Path.of(dot),
                flags.bool(Flag.PRINT_JVM_BYTECODE) ? out : null, flags.string(Flag.PRINT_JVM_BYTECODE_FILTER),
                classes == null ? null : Path.of(classes), flags.integer(Flag.DEOPT_EVERY_N_TIMES),
                flags.bool(Flag.TURBO_INLINING), flags.bool(Flag.STRESS_INLINE),
                flags.bool(Flag.TRACE_TURBO_INLINING) ? out : null);
    }

    /** An engine with default options, printing to System.out and System.err. */
    public static Kindling create() {
        return builder().build();
    }

    /** An engine with these options, printing to System.out and System.err. */
    public static Kindling create(Options options) {
        return builder().options(options).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What an engine is made of besides its options: where console output goes, process.argv. */
    public static final class Builder {
        private Options options = Options.defaults();
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private List<String> argv = List.of("kindling");

        private Builder() {
        }

        public Builder options(Options options) {
            this.options = options;
            return this;
        }

        /** Where console.log and process.stdout go (and the dumps the options ask for). */
        public Builder out(PrintStream out) {
            this.out = out;
            return this;
        }

        /** Where console.error and process.stderr go. */
        public Builder err(PrintStream err) {
            this.err = err;
            return this;
        }

        /** process.argv, laid out as node's: the launcher, the main file, then the program's arguments. */
        public Builder argv(List<String> argv) {
            this.argv = List.copyOf(argv);
            return this;
        }

        public Kindling build() {
            return new Kindling(options, out, err, argv);
        }
    }

    public Options options() {
        return options;
    }

    /**
     * Runs `source` as a CommonJS module named [eval] in the working directory; returns what its
     * top level returned (`return 6 * 7;` gives 42), null without a top-level return.
     */
    public Object evaluate(String source) {
        return evaluate(source, EVAL_FILE_NAME);
    }

    /** As evaluate(source), with the file name stack traces show and `require` resolves from. */
    public Object evaluate(String source, String fileName) {
        Path file = Path.of(fileName).toAbsolutePath().normalize();
        try {
            return values.toJava(engine.evaluate(engine.compile(source, file.toString()), file));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Reads and evaluates a file as evaluate(source, fileName) does. */
    public Object evaluateFile(Path file) {
        return evaluate(read(file), file.toString());
    }

    /**
     * `require(file)` from Java: evaluates the file as a CommonJS module (once: the module cache
     * is the one JS's require uses) and returns its `module.exports`.
     */
    public Object require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new java.nio.file.NoSuchFileException(file.toString()));
        }
        try {
            return values.toJava(engine.require(file));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Runs a file as node's main module, as `node file.js` does (the command line's path): the
     * module, then the event loop until nothing keeps it alive, then 'exit'. Returns the exit
     * code it leaves: process.exitCode or 0, the code of process.exit, or 1 after an uncaught
     * exception or unhandled rejection, which it reports on the err stream in node's layout
     * (a syntax error in the file still throws JsException).
     */
    public int runMain(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String text = read(path);
        try {
            return engine.runProgram(engine.compile(text, path.toString()), path);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Runs a program read from stdin as node does (`node - < file.js`): named [stdin] in error
     * headers and stack frames, __filename "[stdin]", `require` resolving from the working
     * directory; returns the exit code, as runMain.
     */
    public int runStdin(String source) {
        try {
            return engine.runProgram(engine.compile(source, Engine.STDIN_FILE_NAME), null);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * A new REPL session on this engine: inputs share one persistent top-level scope, as in
     * node's REPL (see ReplSession).
     */
    public ReplSession replSession() {
        return new ReplSession(this, new dev.kindling.host.ReplSession(engine));
    }

    /** The exit code the program asked for so far: process.exitCode, else 0. */
    public int exitCode() {
        return HostObjects.exitCode(engine.process());
    }

    /** A property of the global object (globalThis.name), mapped to Java; null if absent. */
    public Object getGlobal(String name) {
        try {
            return values.toJava(engine.realm().global().get(name));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Sets globalThis.name to a Java value (mapped as Values describes). */
    public void setGlobal(String name, Object value) {
        try {
            engine.realm().global().set(name, values.toJs(value));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The global function `name`; IllegalArgumentException if that global is not a function. */
    public JsFunction globalFunction(String name) {
        return JsObject.asFunction(getGlobal(name), name);
    }

    /** A new empty object ({}), to pass to JS. */
    public JsObject newObject() {
        return (JsObject) values.toJava(engine.realm().newObject());
    }

    /** A new array of these elements (each mapped to JS), to pass to JS. */
    public JsArray newArray(Object... elements) {
        List<Object> js = new ArrayList<>(elements.length);
        for (Object element : elements) {
            js.add(values.toJs(element));
        }
        return (JsArray) values.toJava(engine.realm().newArray(js.toArray()));
    }

    /**
     * Ends the engine's run: writes the reports the options ask for at exit (--print-feedback,
     * --dump-shapes). The engine stays usable; closing again writes them again.
     */
    @Override
    public void close() {
        try {
            engine.atExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Values values() {
        return values;
    }

    /** The flags the engine's stages read (for the test that every flag of the table reaches them). */
    dev.kindling.flags.Flags engineFlags() {
        return engine.flags();
    }

    Realm realm() {
        return engine.realm();
    }

    /** An engine-level exception as the API's: JS throws, syntax errors and process.exit. */
    RuntimeException translate(RuntimeException e) {
        if (e instanceof JSException js) {
            return new JsException(engine.formatUncaught(js), values.thrown(js.value(engine.realm())));
        }
        if (e instanceof JsSyntaxError syntax) {
            return JsException.syntaxError(syntax);
        }
        if (e instanceof ProcessExit exit) {
            return new ProcessExitException(exit.code());
        }
        return e;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
