/*
 * A REPL session's engine side: what node's REPL (lib/repl.js) does with one line once it has
 * it. Each input is parsed as a program named REPL1, REPL2, ... (node's names in stack
 * frames), analyzed by ScopeAnalyzer.analyzeReplInput so that its top-level declarations go
 * to a REPL scope chained to the earlier inputs' (node runs each input as a script in one vm
 * context, whose script scope keeps them), and run with that scope's Context as its closure
 * context. The value of a last expression statement is the input's result, printed with
 * util.inspect (the formatting console.log uses) and kept in `_`; a thrown value is kept in
 * `_error` and reported as node's REPL reports it (`Uncaught TypeError: ...`, the stack cut
 * where the REPL's own frames begin).
 *
 * The teaching commands read the engine's dumps of a value: its bytecode (--print-bytecode's
 * format), its feedback vector (--print-feedback's), its shape chain (%DebugPrint's view plus
 * the transitions from the root shape).
 *
 * Between inputs the REPL runs the event loop (afterInput, runLoopWhileWaiting), as node's REPL
 * is a readline stream on the same loop.
 *
 * Assumes: one thread, the one that runs JS, calls it. Differs from node: an input's value is
 * its last statement's only when that is an expression statement (node takes the script's
 * completion value: `if (c) 5` prints 5 there, undefined here); REPL vars and functions are not
 * properties of globalThis; a let whose initializer threw stays in its TDZ ("Cannot access 'x'
 * before initialization", where node says "x is not defined").
 */
package dev.kindling.host;

import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.Script;
import dev.kindling.diagnostics.FeedbackPrinter;
import dev.kindling.flags.Flag;
import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.Parser;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.frontend.scope.Variable;
import dev.kindling.interpreter.Context;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.builtins.Inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

public final class ReplSession {
    /** A stack frame of an input's own top level: node's REPL cuts the stack there. */
    private static final Pattern REPL_TOP_FRAME = Pattern.compile("^\\s+at (Object\\.<anonymous> \\()?REPL\\d+:\\d+:\\d+\\)?$");

    /** What one input gave: its value's inspection, or the report of what it threw. */
    public record Outcome(String text, boolean threw) {}

    private final Engine engine;
    /** The REPL scope of the inputs so far (null before the first). */
    private Scope scope;
    /** The innermost Context of those scopes (null while none needed one). */
    private Context context;
    private int inputs;

    public ReplSession(Engine engine) {
        this.engine = engine;
    }

    /**
     * Runs one input, as node's REPL's eval: `_` or `_error` is set, the outcome's text is
     * what the REPL prints. process.exit propagates as ProcessExit.
     */
    public Outcome evaluate(String source) {
        try {
            Object value = run(source);
            engine.realm().global().set("_", value);
            return new Outcome(Inspect.inspect(engine.realm(), value), false);
        } catch (JSException e) {
            Object thrown = e.value(engine.realm());
            engine.realm().global().set("_error", thrown);
            return new Outcome(uncaught(thrown), true);
        } catch (JsSyntaxError e) {
            return new Outcome(syntaxError(e), true);
        }
    }

    /** After an input: its nextTicks and microtasks, as node drains them after each callback. */
    public void afterInput() {
        try {
            engine.loop().afterReplInput();
        } catch (dev.kindling.host.loop.EventLoop.FatalException e) {
            throw new Uncaught(uncaught(e.exception().value(engine.realm())));
        }
    }

    /**
     * While the REPL waits for a line: the event loop's iterations (timers, immediates, I/O
     * completions) until `inputArrived` or nothing keeps the loop alive. What a callback
     * throws and nothing handles is reported as Uncaught, and the REPL goes on, as node's.
     */
    public void runLoopWhileWaiting(java.util.function.BooleanSupplier inputArrived, long sliceMillis) {
        try {
            engine.loop().runWhileWaiting(inputArrived, sliceMillis);
        } catch (dev.kindling.host.loop.EventLoop.FatalException e) {
            throw new Uncaught(uncaught(e.exception().value(engine.realm())));
        }
    }

    /** An exception a loop callback threw that nothing handled: the REPL prints `report` and goes on. */
    public static final class Uncaught extends RuntimeException {
        private final String report;

        Uncaught(String report) {
            super(report, null, false, false);
            this.report = report;
        }

        public String report() {
            return report;
        }
    }

    /**
     * True if `source` is an incomplete statement that more lines may finish, as node's REPL
     * decides (lib/internal/repl/utils.js isRecoverableError): the parser's error is at the
     * end of the input.
     */
    public boolean needsMoreInput(String source) {
        try {
            Parser.parse(source, "REPL", engine.flags().bool(Flag.ALLOW_NATIVES_SYNTAX));
            return false;
        } catch (JsSyntaxError e) {
            return atEnd(source, e);
        }
    }

    /** The error's position is past the last non-blank character of the source. */
    private static boolean atEnd(String source, JsSyntaxError e) {
        String[] lines = source.stripTrailing().split("\n", -1);
        if (e.line() > lines.length) {
            return true;
        }
        if (e.getMessage().startsWith("Unterminated template")) {
            return true;
        }
        return e.line() == lines.length && e.column() > lines[lines.length - 1].length();
    }

    /** `.bytecode EXPR`: the bytecode of the function EXPR evaluates to, compiled if it was not yet. */
    public Outcome bytecode(String expression) {
        return describe(expression, value -> {
            if (!(value instanceof JSClosure closure)) {
                return notAFunction(value);
            }
            closure.shared().bytecode();
            return new Outcome(Disassembler.print(closure.shared()).stripTrailing(), false);
        });
    }

    /** `.feedback EXPR`: the feedback vector of the function EXPR evaluates to, as --print-feedback prints it. */
    public Outcome feedback(String expression) {
        return describe(expression, value -> {
            if (!(value instanceof JSClosure closure)) {
                return notAFunction(value);
            }
            if (!closure.hasFeedbackVector()) {
                return new Outcome("[" + FeedbackPrinter.functionName(closure.shared())
                        + " has no feedback vector yet: it is made on the function's first call]", false);
            }
            return new Outcome(FeedbackPrinter.print(closure.feedbackCell()).stripTrailing(), false);
        });
    }

    /**
     * `.shapes EXPR`: the object's shape as %DebugPrint shows it, then the chain of shape
     * transitions from its root shape, one property added per step (V8's back pointers).
     */
    public Outcome shapes(String expression) {
        return describe(expression, value -> {
            if (!(value instanceof JSObject object)) {
                return new Outcome(engine.interpreter().debugPrint(value).stripTrailing(), false);
            }
            StringBuilder sb = new StringBuilder(engine.interpreter().debugPrint(object));
            List<Shape> chain = new ArrayList<>();
            for (Shape s = object.shape(); s != null; s = s.parent()) {
                chain.add(0, s);
            }
            sb.append(" - transitions from the root:\n");
            for (Shape s : chain) {
                sb.append("    Shape#").append(s.id());
                if (s.parent() == null) {
                    sb.append(s.isDictionary() ? " (dictionary)" : " (root)");
                } else if (s.propertyCount() > s.parent().propertyCount()) {
                    sb.append(" +").append(s.keyAt(s.propertyCount() - 1));
                }
                sb.append('\n');
            }
            return new Outcome(sb.toString().stripTrailing(), false);
        });
    }

    private Outcome notAFunction(Object value) {
        return new Outcome("Uncaught TypeError: " + Inspect.inspect(engine.realm(), value)
                + " is not a function defined in JavaScript", true);
    }

    /** Evaluates EXPR (as an input: it may fail, it does not set `_`) and describes its value. */
    private Outcome describe(String expression, java.util.function.Function<Object, Outcome> describer) {
        if (expression.isBlank()) {
            return new Outcome("Uncaught SyntaxError: the command needs an expression, as `.bytecode f`", true);
        }
        try {
            return describer.apply(run(expression));
        } catch (JSException e) {
            return new Outcome(uncaught(e.value(engine.realm())), true);
        } catch (JsSyntaxError e) {
            return new Outcome(syntaxError(e), true);
        }
    }

    /** Parses, analyzes and runs one input in the session's REPL scope; returns its value. */
    private Object run(String source) {
        String name = "REPL" + (++inputs);
        Program program = parse(source, name);
        ScopeAnalysis scopes = ScopeAnalyzer.analyzeReplInput(program, scope);
        Script script = engine.script(program, scopes);
        Scope repl = scopes.replScope();
        Context ctx = context;
        if (repl.needsContext()) {
            ctx = new Context(context, repl, repl.contextSlotCount());
            for (Variable v : repl.variables()) {
                if (v.isLexical()) {
                    ctx.set(v.index(), Oddball.THE_HOLE); // in their TDZ until the input declares them
                }
            }
        }
        // The input's declarations exist from now on, even if running it throws (as a script's).
        scope = repl;
        context = ctx;
        Object value = engine.runReplInput(script, ctx);
        return value == null ? Oddball.UNDEFINED : value;
    }

    /**
     * The input as a program whose value is its last statement's, when that is an expression
     * statement; `{ a: 1 }` alone is an object literal, as node's REPL reads it (it tries the
     * input wrapped in parentheses first).
     */
    private Program parse(String source, String name) {
        boolean natives = engine.flags().bool(Flag.ALLOW_NATIVES_SYNTAX);
        Program program = null;
        String trimmed = source.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            try {
                program = Parser.parse("(" + trimmed + ")", name, natives);
            } catch (JsSyntaxError e) {
                program = null; // a block after all
            }
        }
        if (program == null) {
            program = Parser.parse(source, name, natives);
        }
        List<Statement> body = program.body();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Statement.ExpressionStatement last) {
            List<Statement> rewritten = new ArrayList<>(body.subList(0, body.size() - 1));
            rewritten.add(new Statement.Return(last.pos(), last.expression(), program.source().text().length()));
            program = new Program(program.pos(), program.source(), List.copyOf(rewritten), program.strict());
        }
        return program;
    }

    /** node's REPL report of a thrown value: `Uncaught ` and its inspection, the REPL's frames cut. */
    private String uncaught(Object thrown) {
        String text = Inspect.inspect(engine.realm(), thrown);
        if (thrown instanceof JSError) {
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (REPL_TOP_FRAME.matcher(line).matches()) {
                    break;
                }
                sb.append(sb.isEmpty() ? "" : "\n").append(line);
            }
            text = sb.toString();
        }
        return "Uncaught " + text;
    }

    /** A syntax error as node's REPL prints it: the line, carets under the token, then the message. */
    private static String syntaxError(JsSyntaxError e) {
        String carets = " ".repeat(Math.max(0, e.column() - 1)) + "^".repeat(Math.max(1, e.length()));
        return e.sourceLine() + "\n" + carets + "\n\nUncaught SyntaxError: " + e.getMessage();
    }
}
