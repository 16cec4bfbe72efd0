/*
 * One Kindling engine: a realm, an interpreter, and the flags that shape them (Flags, the
 * values of the one flag table the command line reads too). It runs a file the way node
 * runs a CommonJS main module — inside the module wrapper function(exports, require, module,
 * __filename, __dirname) — or a program from stdin as node's [stdin], and reports uncaught
 * exceptions in node's layout.
 *
 * An engine is single-threaded and keeps no static state; make one per program. It belongs to
 * the host, not to dev.kindling.interpreter, because it wires node's host objects and module
 * loader around the interpreter (see package-info).
 */
package dev.kindling.host;

import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.bytecode.generator.BytecodeGenerator;
import dev.kindling.diagnostics.FeedbackPrinter;
import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import dev.kindling.frontend.Parser;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.host.loop.EventLoop;
import dev.kindling.host.loop.LoopFunctions;
import dev.kindling.host.loop.ProcessEvents;
import dev.kindling.host.loop.PromiseTrace;
import dev.kindling.host.loop.UnhandledRejection;
import dev.kindling.host.modules.BuiltinModules;
import dev.kindling.host.modules.Events;
import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.OptimizingCompiler;
import dev.kindling.interpreter.TieringManager;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.StackFrameInfo;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Engine {
    /** The file name of a program read from stdin, in error headers and stack frames (node's). */
    public static final String STDIN_FILE_NAME = "[stdin]";

    /** The flags, read from the one table (dev.kindling.flags.Flag). */
    private final Flags flags;
    private final Realm realm;
    private final Interpreter interpreter;
    private final PrintStream out;
    private final JSObject process;
    private final ModuleLoader modules;
    private final BuiltinModules builtinModules;
    private final Events events;
    private final EventLoop loop;
    /** Every source compiled, by file name (the header of an unhandled rejection's report quotes a line). */
    private final Map<String, Source> sources = new HashMap<>();
    /** --dump-shapes: the root shapes made while this engine runs (its realm's and the program's). */
    private final List<Shape> rootShapes;
    /** --dump-shapes: the first shape id made after the realm's setup, i.e. by the program. */
    private final int firstProgramShapeId;

    public Engine(Flags flags, PrintStream out, PrintStream err) {
        this(flags, out, err, List.of("kindling"));
    }

    /**
     * An engine whose global object also has node's host objects (`process` with this
     * `argv`, laid out as node's process.argv, and `performance`).
     */
    public Engine(Flags flags, PrintStream out, PrintStream err, List<String> argv) {
        this(flags, out, err, argv, null, TieringManager.DEFAULT_INTERRUPT_BUDGET);
    }

    /**
     * An engine given an optimizing compiler (null for none, as under --no-opt) and an
     * interrupt budget (--interrupt-budget); see dev.kindling.interpreter.
     */
    public Engine(Flags flags, PrintStream out, PrintStream err, List<String> argv,
                  OptimizingCompiler compiler, int interruptBudget) {
        this.flags = flags;
        this.out = out;
        this.rootShapes = flags.string(Flag.DUMP_SHAPES) == null ? null : new ArrayList<>();
        if (rootShapes != null) {
            Shape.recordRootsOnThisThread(rootShapes);
        }
        this.realm = Builtins.createRealm(out, err);
        realm.setTimeZone(HostObjects.localTimeZone(flags.string(Flag.TZ), System.getenv("TZ")));
        realm.setRegExpHooks(flags.bool(Flag.PRINT_REGEXP_BYTECODE) ? code -> {
            out.print(code.print());
            out.flush();
        } : null, flags.integer(Flag.REGEXP_BACKTRACK_LIMIT));
        this.interpreter = new Interpreter(realm, flags.integer(Flag.MAX_CALL_DEPTH), flags.bool(Flag.USE_IC),
                flags.bool(Flag.TRACE_IC) ? out : null, compiler, interruptBudget);
        this.events = new Events(realm);
        Events.Emitter processEmitter = events.newEmitter();
        this.process = HostObjects.install(realm, argv, processEmitter);
        ProcessEvents processEvents = new ProcessEvents() {
            @Override
            public int listenerCount(String event) {
                return processEmitter.listenerCount(event);
            }

            @Override
            public void emit(String event, Object... args) {
                events.emit(processEmitter, event, args);
            }
        };
        this.loop = new EventLoop(realm, processEvents, processEmitter, flags.bool(Flag.TRACE_EVENT_LOOP) ? out : null,
                EventLoop.threadPoolSize(System.getenv("UV_THREADPOOL_SIZE")));
        LoopFunctions.install(realm, loop, process);
        if (flags.bool(Flag.TRACE_PROMISES)) {
            realm.setPromiseHook(new PromiseTrace(realm, out));
        }
        this.builtinModules = new BuiltinModules(realm, loop, events);
        this.modules = new ModuleLoader(this);
        DynamicCode dynamicCode = new DynamicCode(this);
        realm.setCodeFromStrings(dynamicCode);
        interpreter.setDirectEvalCompiler(dynamicCode::compileDirectEval);
        this.firstProgramShapeId = Shape.lastId() + 1;
        if (flags.bool(Flag.PRINT_FEEDBACK)) {
            interpreter.recordFeedbackVectors();
        }
    }

    /**
     * The reports a program leaves at exit, normal or by an uncaught exception:
     * --print-feedback to stdout, --dump-shapes to its file.
     */
    public void atExit() throws IOException {
        if (flags.bool(Flag.PRINT_FEEDBACK)) {
            out.print(FeedbackPrinter.print(interpreter.feedbackCells()));
            out.flush();
        }
        if (rootShapes != null) {
            Shape.recordRootsOnThisThread(null);
            Files.writeString(Path.of(flags.string(Flag.DUMP_SHAPES)), ShapeGraph.toDot(rootShapes, firstProgramShapeId), StandardCharsets.UTF_8);
        }
    }

    /** The flags this engine runs with (each stage reads its own from them). */
    public Flags flags() {
        return flags;
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

    /** The event loop (timers, immediates, the nextTick and microtask queues, the thread pool). */
    public EventLoop loop() {
        return loop;
    }

    /** node's built-in modules (`require('fs')`, 'events', 'path', 'os'). */
    BuiltinModules builtinModules() {
        return builtinModules;
    }

    /** Parses and analyzes a source text (syntax errors throw JsSyntaxError). */
    public Script compile(String sourceText, String fileName) {
        Program program = Parser.parse(sourceText, fileName, flags.bool(Flag.ALLOW_NATIVES_SYNTAX));
        sources.put(fileName, program.source());
        ScopeAnalysis scopes = ScopeAnalyzer.analyze(program);
        return script(program, scopes);
    }

    /** A Script of an already parsed and analyzed program (a REPL input), compiled lazily as compile's. */
    Script script(Program program, ScopeAnalysis scopes) {
        return script(program, scopes, null);
    }

    /** A Script of code compiled from a string made at `evalOrigin` (see Script.evalOrigin). */
    Script script(Program program, ScopeAnalysis scopes, String evalOrigin) {
        return new Script(program, scopes, BytecodeGenerator::generate, this::compiled, evalOrigin);
    }

    /** Runs a REPL input's script with its REPL scope's context (see ReplSession). */
    Object runReplInput(Script script, dev.kindling.interpreter.Context context) {
        return modules.runReplInput(script, context);
    }

    private void compiled(SharedFunctionInfo shared) {
        if (!flags.bool(Flag.PRINT_BYTECODE)) {
            return;
        }
        String filter = flags.string(Flag.PRINT_BYTECODE_FILTER);
        if (filter.equals("*") || filter.equals(shared.name())) {
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
     * Runs a program as `node file.js` does, from its first line to the process's exit: the
     * main module (or the program read from stdin, when `file` is null), the drain of its
     * nextTicks and microtasks, the event loop until nothing keeps it alive, 'beforeExit',
     * 'exit'. An uncaught exception or unhandled rejection is reported on stderr in node's
     * layout (after the 'exit' listeners ran, as in node). Returns the exit code.
     */
    public int runProgram(Script script, Path file) {
        try {
            try {
                if (file == null) {
                    runStdin(script);
                } else {
                    runMainModule(script, file);
                }
            } catch (JSException e) {
                loop.uncaught(e, false);
            }
            loop.afterMainModule();
            loop.runToCompletion();
            loop.emitNaturalExit(HostObjects.exitCode(process));
            return HostObjects.exitCode(process);
        } catch (ProcessExit e) {
            return exitAfter(e.code());
        } catch (EventLoop.FatalException fatal) {
            try {
                loop.emitExit(1);
            } catch (JSException | ProcessExit | EventLoop.FatalException ignored) {
                // node ignores what an 'exit' listener does while it dies of an uncaught exception
            }
            out.flush();
            realm.err().print(fatal.atOrigin() ? formatUnhandledRejection(fatal.exception())
                    : formatUncaught(fatal.exception()));
            realm.err().flush();
            return 1;
        } finally {
            loop.shutdown();
        }
    }

    /**
     * process.exit(code): process.exitCode becomes the code, 'exit' is emitted with it (unless
     * this exit came from an 'exit' listener), whose listeners may set another exitCode.
     */
    private int exitAfter(int code) {
        process.set("exitCode", code);
        try {
            loop.emitExit(code);
        } catch (ProcessExit again) {
            return again.code();
        }
        return HostObjects.exitCode(process);
    }

    /**
     * node's report of an 'error' event nobody listened to: headed by the throw in node's
     * events.js, the error printed with its stack enhanced by where the event was emitted.
     */
    private String formatUnhandledErrorEvent(JSError error, String enhancedStack) {
        Object stack = error.getOwnRaw("stack");
        int attributes = error.getOwnAttributes("stack");
        error.defineOwnProperty("stack", enhancedStack, attributes);
        try {
            return "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\n"
                    + Inspect.inspect(realm, error) + "\n";
        } finally {
            error.defineOwnProperty("stack", stack, attributes);
        }
    }

    /**
     * node's report of an unhandled rejection (or of a throw out of a microtask): for an
     * Error, the place it was made (its first frame) as the header, then the error as inspect
     * prints it; for any other reason, node's UnhandledPromiseRejection error.
     */
    public String formatUnhandledRejection(JSException e) {
        Object value = e.value(realm);
        StringBuilder sb = new StringBuilder();
        StackFrameInfo top = value instanceof JSError error && !error.frames().isEmpty() ? error.frames().get(0) : null;
        Source source = top == null ? null : sources.get(top.fileName());
        if (source != null && top.line() <= source.lineCount()) {
            String text = source.lineText(top.line());
            sb.append(top.fileName()).append(':').append(top.line()).append('\n').append(text).append('\n');
            sb.append(" ".repeat(Math.max(0, top.column() - 1))).append("^\n");
        } else if (value instanceof JSError error && "ERR_UNHANDLED_REJECTION".equals(error.get("code"))) {
            sb.append(UnhandledRejection.OWN_HEADER);
        } else {
            sb.append(UnhandledRejection.FROM_PROMISE_HEADER);
        }
        sb.append('\n').append(Inspect.inspect(realm, value)).append('\n');
        return sb.toString();
    }

    /** Runs a script compiled from stdin (file name STDIN_FILE_NAME) as node runs `node - < file.js`. */
    public void runStdin(Script script) {
        modules.runStdin(script);
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
        String emitted = events.unhandledErrorStack(value);
        if (emitted != null) {
            return formatUnhandledErrorEvent((JSError) value, emitted);
        }
        StringBuilder sb = new StringBuilder();
        if (!(value instanceof JSError)) {
            sb.append('\n'); // node starts the report of a thrown non-Error with a blank line
        }
        ThrowSite site = Interpreter.throwSite(e);
        if (site != null) {
            Source source = site.source();
            int line = source.line(site.position());
            // V8 heads a throw in code from a string with the name it gives such a script.
            String file = source.fileName().equals(DynamicCode.FILE_NAME) ? "<anonymous_script>" : source.fileName();
            sb.append(file).append(':').append(line).append('\n');
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
