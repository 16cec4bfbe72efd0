/*
 * Thrown by the graph builder when a function cannot be optimized (a bytecode the tier does not
 * compile yet, a shape of control flow it does not handle): the compile is abandoned, the
 * function stays in the interpreter, and --trace-opt prints `[aborted optimizing f because:
 * <reason>]` with this message. Never escapes the compiler.
 */
package dev.kindling.optimizer.graph;

public final class CompilationAborted extends RuntimeException {
    public CompilationAborted(String reason) {
        super(reason, null, false, false);
    }
}
