/*
 * A REPL session of an engine, for the `kindling` command's REPL (or any embedder that wants
 * one): inputs evaluated one after another in one persistent scope, as node's REPL evaluates
 * them in one vm context. It hands back text, not values: what the REPL prints for an input
 * (its value as util.inspect formats it, or the report of what it threw) and the teaching
 * dumps. The engine side is dev.kindling.host.ReplSession.
 *
 * Assumes: the thread that calls it is the only one running the engine's JS.
 * Guarantees: process.exit in an input reaches the caller as ProcessExitException; any other
 * JS failure is an Outcome with threw() set, never an exception.
 */
package dev.kindling.api;

import dev.kindling.host.ProcessExit;

import java.util.function.Supplier;

public final class ReplSession {
    /** What the REPL prints for an input, and whether it threw (so `_error`, not `_`, was set). */
    public record Outcome(String text, boolean threw) {}

    private final Kindling engine;
    private final dev.kindling.host.ReplSession session;

    ReplSession(Kindling engine, dev.kindling.host.ReplSession session) {
        this.engine = engine;
        this.session = session;
    }

    /** Evaluates one complete input; `_` (or `_error`) is set as node's REPL sets it. */
    public Outcome evaluate(String source) {
        return call(() -> session.evaluate(source));
    }

    /** True if `source` is an incomplete statement (the REPL then asks for another line). */
    public boolean needsMoreInput(String source) {
        return session.needsMoreInput(source);
    }

    /** `.bytecode EXPR`: the function's bytecode as --print-bytecode prints it. */
    public Outcome bytecode(String expression) {
        return call(() -> session.bytecode(expression));
    }

    /** `.feedback EXPR`: the function's feedback vector as --print-feedback prints it. */
    public Outcome feedback(String expression) {
        return call(() -> session.feedback(expression));
    }

    /** `.shapes EXPR`: the object's shape, properties and shape transitions from its root. */
    public Outcome shapes(String expression) {
        return call(() -> session.shapes(expression));
    }

    /**
     * After an input: its nextTicks and microtasks, as node drains them after a callback;
     * returns the report of what one threw uncaught (the REPL prints it), else empty.
     */
    public String drainQueues() {
        StringBuilder reports = new StringBuilder();
        call(() -> {
            try {
                session.afterInput();
            } catch (dev.kindling.host.ReplSession.Uncaught e) {
                reports.append(e.report()).append('\n');
            }
            return null;
        });
        return reports.toString();
    }

    /**
     * The event loop while the REPL waits for its next line (until `inputArrived`, or nothing
     * keeps the loop alive); returns the reports of what callbacks threw uncaught (the REPL
     * prints them), empty when nothing did.
     */
    public String runLoop(java.util.function.BooleanSupplier inputArrived, long sliceMillis) {
        StringBuilder reports = new StringBuilder();
        call(() -> {
            while (true) {
                try {
                    session.runLoopWhileWaiting(inputArrived, sliceMillis);
                    return null;
                } catch (dev.kindling.host.ReplSession.Uncaught e) {
                    reports.append(e.report()).append('\n');
                }
            }
        });
        return reports.toString();
    }

    /** The exit code the session's JS asked for so far (process.exitCode, else 0). */
    public int exitCode() {
        return engine.exitCode();
    }

    private static Outcome call(Supplier<dev.kindling.host.ReplSession.Outcome> action) {
        try {
            dev.kindling.host.ReplSession.Outcome outcome = action.get();
            return outcome == null ? null : new Outcome(outcome.text(), outcome.threw());
        } catch (ProcessExit e) {
            throw new ProcessExitException(e.code());
        }
    }
}
