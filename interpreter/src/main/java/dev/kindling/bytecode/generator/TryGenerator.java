/*
 * try/catch/finally. A try block is a range in the handler table; an exception inside it
 * restores the context saved at try entry and continues at the handler with the exception in
 * acc.
 *
 * try-finally runs the finally block on every way out of the try: falling through, an
 * exception (rethrown after), and break/continue/return (re-issued after). Each way out sets
 * a token register; the finally block ends with SwitchOnSmiNoFeedback on that token — the
 * same shape as V8's bytecode for finally.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.Register;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.Variable;

import java.util.ArrayList;
import java.util.List;

final class TryGenerator {
    private static final int FALL_THROUGH = -1;

    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;

    TryGenerator(BytecodeGenerator g) {
        this.g = g;
        this.builder = g.builder;
    }

    void visitTry(Statement.Try t) {
        if (t.finalizer() == null) {
            visitTryCatch(t.block(), t.handler());
        } else {
            visitTryFinally(t);
        }
    }

    private void visitTryCatch(Statement.Block block, Statement.CatchClause handler) {
        int context = g.registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, context);
        Label start = new Label();
        Label end = new Label();
        Label handlerLabel = new Label();
        Label done = new Label();
        builder.bind(start);
        g.control = new ControlScope.TryCatch(g.control);
        g.visitStatement(block);
        g.control = g.control.outer;
        builder.bind(end);
        builder.emitJump(Bytecode.Jump, done);
        builder.markHandlerTarget(handlerLabel);
        builder.bind(handlerLabel);
        Scope catchScope = g.scopes.scopeOf(handler);
        if (catchScope != null && DestructuringGenerator.isPattern((Expression) handler.param())) {
            visitCatchPattern(handler, catchScope);
        } else if (catchScope != null) {
            Variable param = g.scopes.resolve(handler.param());
            g.currentScope = catchScope;
            if (catchScope.needsContext()) {
                int exception = g.registers.allocate();
                builder.emit(Bytecode.Star, exception);
                builder.emit(Bytecode.CreateCatchContext, exception, builder.constant(catchScope));
                int saved = g.registers.allocate();
                builder.emit(Bytecode.PushContext, saved);
                g.control = new ControlScope.PushedContext(g.control, saved);
                g.visitStatement(handler.body());
                g.control = g.control.outer;
                if (!builder.lastIsUnconditionalExit()) {
                    builder.emit(Bytecode.PopContext, saved);
                }
            } else {
                g.variables.initialize(param);
                g.visitStatement(handler.body());
            }
            g.currentScope = catchScope.outer();
        } else {
            g.visitStatement(handler.body());
        }
        builder.bind(done);
        builder.addHandler(start, end, handlerLabel, context, true);
    }

    /**
     * `catch ({a, b})`: the names live in the catch scope (a block context when captured), and
     * the exception is destructured into them before the body runs.
     */
    private void visitCatchPattern(Statement.CatchClause handler, Scope catchScope) {
        int exception = g.registers.allocate();
        builder.emit(Bytecode.Star, exception);
        g.currentScope = catchScope;
        int saved = 0;
        if (catchScope.needsContext()) {
            saved = g.registers.allocate();
            builder.emit(Bytecode.CreateBlockContext, builder.constant(catchScope));
            builder.emit(Bytecode.PushContext, saved);
            g.control = new ControlScope.PushedContext(g.control, saved);
        }
        new DestructuringGenerator(g).destructure(handler.param(), exception, true);
        g.visitStatement(handler.body());
        if (catchScope.needsContext()) {
            g.control = g.control.outer;
            if (!builder.lastIsUnconditionalExit()) {
                builder.emit(Bytecode.PopContext, saved);
            }
        }
        g.currentScope = catchScope.outer();
    }

    private void visitTryFinally(Statement.Try t) {
        buildTryFinally(() -> {
            if (t.handler() != null) {
                int mark = g.registers.mark();
                visitTryCatch(t.block(), t.handler());
                g.registers.release(mark);
            } else {
                g.visitStatement(t.block());
            }
        }, scope -> g.visitFinalizer(t.finalizer()));
    }

    /**
     * try { body } finally { finalizer } for any body and finalizer (V8's BuildTryFinally):
     * the statement, and for-of's closing of its iterator. The finalizer gets the scope, whose
     * token register says how the body was left (scope.token(RETHROW, null) after a throw).
     */
    void buildTryFinally(Runnable body, java.util.function.Consumer<ControlScope.TryFinally> finalizer) {
        int token = g.registers.allocate();
        int result = g.registers.allocate();
        int context = g.registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, context);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label finallyEntry = new Label();
        ControlScope outer = g.control;
        ControlScope.TryFinally scope = new ControlScope.TryFinally(outer, token, result, finallyEntry);
        g.control = scope;
        builder.bind(start);
        body.run();
        builder.bind(end);
        g.control = outer;
        builder.emit(Bytecode.LdaSmi, FALL_THROUGH);
        builder.emit(Bytecode.Star, token);
        builder.emitJump(Bytecode.Jump, finallyEntry);
        builder.markHandlerTarget(handler);
        builder.bind(handler);
        builder.emit(Bytecode.Star, result);
        builder.emit(Bytecode.LdaSmi, scope.token(ControlScope.Command.RETHROW, null));
        builder.emit(Bytecode.Star, token);
        builder.bind(finallyEntry);
        finalizer.accept(scope);
        if (!builder.lastIsUnconditionalExit()) {
            Label after = new Label();
            List<Label> targets = new ArrayList<>();
            for (int i = 0; i < scope.commands.size(); i++) {
                targets.add(new Label());
            }
            builder.emit(Bytecode.Ldar, token);
            builder.emitSwitchOnSmi(targets, 0);
            builder.emitJump(Bytecode.Jump, after);
            for (int i = 0; i < targets.size(); i++) {
                ControlScope.TryFinally.Deferred d = scope.commands.get(i);
                builder.bind(targets.get(i));
                if (d.command() == ControlScope.Command.RETURN || d.command() == ControlScope.Command.RETHROW) {
                    builder.emit(Bytecode.Ldar, result);
                }
                g.performCommandFrom(outer, d.command(), d.target());
            }
            builder.bind(after);
        }
        builder.addHandler(start, end, handler, context, false);
    }
}
