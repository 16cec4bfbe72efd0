/*
 * One Kindling engine: a realm, an interpreter, and the options that shape them (the same
 * options the command-line flags set). It runs a file the way node runs a CommonJS main
 * module — inside the module wrapper function(exports, require, module, __filename,
 * __dirname) — and reports uncaught exceptions in node's layout.
 *
 * An engine is single-threaded and keeps no static state; make one per program.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.bytecode.generator.BytecodeGenerator;
import dev.kindling.frontend.Parser;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.ShapeGraph;
import dev.kindling.runtime.ThrowSite;
import dev.kindling.runtime.builtins.Builtins;
import dev.kindling.runtime.builtins.Inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class Engine {
    /** Engine options; each corresponds to a command-line flag. */
    public record Options(boolean printBytecode, String printBytecodeFilter, boolean allowNativesSyntax,
                          int maxCallDepth, boolean useIc, boolean traceIc, boolean printFeedback,
                          String dumpShapes) {
        /** node's default stack admits about 11,000 frames of a small function; so do we. */
        public static final int DEFAULT_MAX_CALL_DEPTH = 11_000;

        /** The options without the at-exit reports (--print-feedback, --dump-shapes). */
        public Options(boolean printBytecode, String printBytecodeFilter, boolean allowNativesSyntax,
                       int maxCallDepth, boolean useIc, boolean traceIc) {
            this(printBytecode, printBytecodeFilter, allowNativesSyntax, maxCallDepth, useIc, traceIc, false, null);
        }

        public static Options defaults() {
            return new Options(false, null, false, DEFAULT_MAX_CALL_DEPTH, true, false);
        }
    }

    private final Options options;
    private final Realm realm;
    private final Interpreter interpreter;
    private final PrintStream out;
    private final JSObject process;
    private final ModuleLoader modules;
    /** --dump-shapes: the root shapes made while this engine runs (its realm's and the program's). */
    private final List<Shape> rootShapes;
    /** --dump-shapes: the first shape id made after the realm's setup, i.e. by the program. */
    private final int firstProgramShapeId;

    public Engine(Options options, PrintStream out, PrintStream err) {
        this(options, out, err, List.of("kindling"));
    }

    /**
     * An engine whose global object also has node's host objects (`process` with this
     * `argv`, laid out as node's process.argv, and `performance`).
     */
    public Engine(Options options, PrintStream out, PrintStream err, List<String> argv) {
        this(options, out, err, argv, null, dev.kindling.interpreter.tiering.TieringManager.DEFAULT_INTERRUPT_BUDGET);
    }

    /**
     * An engine given an optimizing compiler (null for none, as under --no-opt) and an
     * interrupt budget (--interrupt-budget); see dev.kindling.interpreter.tiering.
     */
    public Engine(Options options, PrintStream out, PrintStream err, List<String> argv,
                  dev.kindling.interpreter.tiering.OptimizingCompiler compiler, int interruptBudget) {
        this.options = options;
        this.out = out;
        this.rootShapes = options.dumpShapes() == null ? null : new ArrayList<>();
        if (rootShapes != null) {
            Shape.recordRootsOnThisThread(rootShapes);
        }
        this.realm = Builtins.createRealm(out, err);
        this.interpreter = new Interpreter(realm, options.maxCallDepth(), options.useIc(),
                options.traceIc() ? out : null, compiler, interruptBudget);
        this.process = HostObjects.install(realm, argv);
        this.modules = new ModuleLoader(this);
        this.firstProgramShapeId = Shape.lastId() + 1;
        if (options.printFeedback()) {
            interpreter.recordFeedbackVectors();
        }
    }

    /**
     * The reports a program leaves at exit, normal or by an uncaught exception:
     * --print-feedback to stdout, --dump-shapes to its file.
     */
    public void atExit() throws IOException {
        if (options.printFeedback()) {
            out.print(FeedbackPrinter.print(interpreter.feedbackCells()));
            out.flush();
        }
        if (rootShapes != null) {
            Shape.recordRootsOnThisThread(null);
            Files.writeString(Path.of(options.dumpShapes()), ShapeGraph.toDot(rootShapes, firstProgramShapeId), StandardCharsets.UTF_8);
        }
    }

    public Realm realm() {
        return realm;
    }

    /** The `process` host object (for its exitCode at the end of a run). */
    public JSObject process() {
        return process;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** Parses and analyzes a source text (syntax errors throw JsSyntaxError). */
    public Script compile(String sourceText, String fileName) {
        Program program = Parser.parse(sourceText, fileName, options.allowNativesSyntax());
        ScopeAnalysis scopes = ScopeAnalyzer.analyze(program);
        return new Script(program, scopes, BytecodeGenerator::generate, this::compiled);
    }

    private void compiled(SharedFunctionInfo shared) {
        if (!options.printBytecode()) {
            return;
        }
        String filter = options.printBytecodeFilter();
        if (filter == null || filter.equals("*") || filter.equals(shared.name())) {
            out.print(Disassembler.print(shared));
            out.flush();
        }
    }

    /**
     * Runs a script as node's main module: `this` and `exports` are module.exports. Returns
     * the module object; JS exceptions propagate as JSException.
     */
    public JSObject runMainModule(Script script, Path file) {
        return modules.runMain(script, file.toAbsolutePath().normalize());
    }

    /**
     * Runs a script as a module of its own named `file` (resolved against the working
     * directory; `require` inside it resolves from there); returns what its top level
     * returned, undefined without a top-level `return`.
     */
    public Object evaluate(Script script, Path file) {
        return modules.evaluate(script, file.toAbsolutePath().normalize());
    }

    /** `require(file)` from outside JS: the module cache, else loads the file; its module.exports. */
    public Object require(Path file) {
        return modules.requireFile(file.toAbsolutePath().normalize());
    }

    /**
     * node's report of an uncaught exception: the throw site (file:line, the source line, a
     * caret), then the error's stack — or, for a thrown non-Error, the value as inspect
     * prints it.
     */
    public String formatUncaught(JSException e) {
        Object value = e.value(realm);
        StringBuilder sb = new StringBuilder();
        if (!(value instanceof JSError)) {
            sb.append('\n'); // node starts the report of a thrown non-Error with a blank line
        }
        ThrowSite site = InterpreterRuntime.throwSite(e);
        if (site != null) {
            Source source = site.source();
            int line = source.line(site.position());
            sb.append(source.fileName()).append(':').append(line).append('\n');
            String text = source.lineText(line);
            sb.append(text).append('\n');
            int column = source.column(site.position());
            if (column <= text.length()) { // past the end (a JSON text cut short): no caret, as V8
                sb.append(" ".repeat(column - 1)).append("^\n");
            }
        }
        if (value instanceof JSError) {
            // util.inspect of an Error: its stack, then its own enumerable properties in braces.
            sb.append('\n').append(Inspect.inspect(realm, value)).append('\n');
        } else if (value instanceof JSObject) {
            sb.append(Inspect.inspect(realm, value)).append('\n');
        } else {
            sb.append(value instanceof String s ? s : Inspect.inspect(realm, value)).append('\n');
            sb.append("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
        }
        return sb.toString();
    }
}
