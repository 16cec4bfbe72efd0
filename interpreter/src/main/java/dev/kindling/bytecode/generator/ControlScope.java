/*
 * The control-flow scopes the generator is inside: loops, switches and labels (targets of
 * break/continue), pushed contexts (which a jump out of must pop), the try block of a
 * try-catch (where a rethrow must be a real ReThrow, so its catch sees it), and try-finally
 * (which a jump out of must run first). A break, continue, return or rethrow walks this chain
 * from the innermost scope outward, as in V8's BytecodeGenerator::ControlScope.
 *
 * Invariant: the chain holds one scope per handler-table range around the current statement,
 * innermost first, so a rethrow that is deferred to a finally goes exactly where the
 * handler table would have sent a ReThrow.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.frontend.ast.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

abstract class ControlScope {
    enum Command { BREAK, CONTINUE, RETURN, RETHROW }

    final ControlScope outer;

    ControlScope(ControlScope outer) {
        this.outer = outer;
    }

    /** A loop, switch or labeled statement: break (and for loops, continue) targets. */
    static final class Breakable extends ControlScope {
        final Statement statement;
        final Set<String> labels;
        final Label breakTarget;
        /** null for a switch or a labeled non-loop statement. */
        final Label continueTarget;

        Breakable(ControlScope outer, Statement statement, Set<String> labels, Label breakTarget, Label continueTarget) {
            super(outer);
            this.statement = statement;
            this.labels = labels;
            this.breakTarget = breakTarget;
            this.continueTarget = continueTarget;
        }

        boolean isLoop() {
            return continueTarget != null;
        }
    }

    /** A block context pushed on entry; `savedContext` holds the context to restore. */
    static final class PushedContext extends ControlScope {
        final int savedContext;

        PushedContext(ControlScope outer, int savedContext) {
            super(outer);
            this.savedContext = savedContext;
        }
    }

    /**
     * The try block of a try-catch (V8's ControlScopeForTryCatch). A rethrow reaching it is
     * emitted as ReThrow: the handler table sends it to the catch. Without this scope a
     * rethrow from an inner finally's dispatch walked past the catch to an outer finally and
     * the catch never ran. break, continue and return pass through (they leave the try block
     * without running the catch).
     */
    static final class TryCatch extends ControlScope {
        TryCatch(ControlScope outer) {
            super(outer);
        }
    }

    /**
     * The try block of a try-finally. A command leaving it is deferred: it records a token
     * (and the value, for return/rethrow) and runs the finally block, whose end dispatches on
     * the token to re-issue the command outside (V8's DeferredCommands).
     */
    static final class TryFinally extends ControlScope {
        record Deferred(Command command, Breakable target) {}

        final int tokenRegister;
        final int resultRegister;
        final Label finallyEntry;
        final List<Deferred> commands = new ArrayList<>();

        TryFinally(ControlScope outer, int tokenRegister, int resultRegister, Label finallyEntry) {
            super(outer);
            this.tokenRegister = tokenRegister;
            this.resultRegister = resultRegister;
            this.finallyEntry = finallyEntry;
        }

        /** The token of a command, adding it on first use; tokens are 0, 1, 2, ... */
        int token(Command command, Breakable target) {
            for (int i = 0; i < commands.size(); i++) {
                Deferred d = commands.get(i);
                if (d.command() == command && d.target() == target) {
                    return i;
                }
            }
            commands.add(new Deferred(command, target));
            return commands.size() - 1;
        }
    }
}
