/*
 * for-in and for-of loops. Both evaluate their iterated object once, then per iteration bind
 * the loop variable (a fresh binding per iteration when it is a captured let/const: its block
 * context is entered inside the loop) and run the body.
 *
 * for-in follows V8's bytecode shape: ForInEnumerate collects the enumerable keys,
 * ForInPrepare makes the (cache, cache, length) triple, ForInContinue/ForInNext/ForInStep
 * walk it, and ForInNext yields undefined for a key deleted during the loop, which is skipped.
 * for-of follows the iteration protocol: GetIterator (obj[Symbol.iterator]()), then `next()`
 * until `done`. As in V8's BuildForOf, the loop sits in a try-finally with a `done` register:
 * true while the iterator is being stepped, false while the body runs. Leaving the body any
 * other way than by exhausting the iterator (break, return, a labelled jump outward, a throw)
 * reaches the finally with `done` false, which closes the iterator (IteratorClose: calls its
 * `return` method, whose errors are ignored when the loop was left by a throw). V8 spells
 * IteratorClose out in bytecode (GetNamedProperty "return", CallProperty0, checks); Kindling
 * calls one runtime function, IteratorClose, so the finally block stays short to read.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Variable;

import java.util.Set;

final class LoopGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;

    LoopGenerator(BytecodeGenerator g) {
        this.g = g;
        this.builder = g.builder;
    }

    void visitForIn(Statement.ForIn f, Set<String> labels) {
        Label exit = new Label();
        Label next = new Label();
        Label header = new Label();
        builder.setStatementPosition(ExpressionGenerator.startOf(f.right()));
        g.expressions.visitForAccumulator(f.right());
        builder.emitJump(Bytecode.JumpIfUndefinedOrNull, exit);
        int object = g.registers.allocate();
        builder.emit(Bytecode.Star, object);
        builder.emit(Bytecode.ForInEnumerate, object);
        int triple = g.registers.allocateList(3);
        int slot = builder.addFeedbackSlot(FeedbackSlotKind.ForIn);
        builder.emit(Bytecode.ForInPrepare, triple, slot);
        int index = g.registers.allocate();
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.Star, index);
        builder.bind(header);
        builder.setExpressionPosition(f.pos());
        builder.emit(Bytecode.ForInContinue, index, RegisterAllocator.nth(triple, 2));
        builder.emitJump(Bytecode.JumpIfFalse, exit);
        builder.emit(Bytecode.ForInNext, object, index, triple, slot);
        builder.emitJump(Bytecode.JumpIfUndefined, next);
        bindAndRunBody(f, f.left(), f.body(), labels, exit, next);
        builder.bind(next);
        builder.emit(Bytecode.ForInStep, index);
        g.jumpLoop(header, f.pos());
        builder.bind(exit);
    }

    void visitForOf(Statement.ForOf f, Set<String> labels) {
        builder.setStatementPosition(ExpressionGenerator.startOf(f.right()));
        int object = g.expressions.visitForRegister(f.right());
        builder.setExpressionPosition(f.right().pos());
        int iterator = g.registers.allocate();
        int nextMethod = g.registers.allocate();
        if (f.isAwait()) {
            g.awaits.getAsyncIterator(object, iterator, nextMethod);
        } else {
            getIterator(builder, object, iterator, nextMethod);
        }
        int done = g.registers.allocate();
        int result = g.registers.allocate();
        new TryGenerator(g).buildTryFinally(
                () -> stepAndRunBody(f, labels, iterator, nextMethod, done, result),
                scope -> {
                    if (f.isAwait()) {
                        g.awaits.closeIfNotDone(scope, iterator, done, f.pos());
                    } else {
                        closeIfNotDone(scope, iterator, done);
                    }
                });
    }

    /**
     * GetIterator (ECMA-262 GetIterator(obj, sync)): the iterator of the object in `object` into
     * `iterator`, and its `next` method, read once, into `nextMethod` (for-of, yield*).
     */
    static void getIterator(BytecodeArrayBuilder builder, int object, int iterator, int nextMethod) {
        builder.emit(Bytecode.GetIterator, object, builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty),
                builder.addFeedbackSlot(FeedbackSlotKind.Call));
        builder.emit(Bytecode.Star, iterator);
        builder.emit(Bytecode.GetNamedProperty, iterator, builder.constant("next"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, nextMethod);
    }

    /** With the iterator result in acc (and `result`): a TypeError unless it is an object (§7.4.8 IteratorNext). */
    static void checkIteratorResult(BytecodeArrayBuilder builder, int result) {
        Label isObject = new Label();
        builder.emitJump(Bytecode.JumpIfJSReceiver, isObject);
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowIteratorResultNotAnObject.ordinal(), result, 1);
        builder.bind(isObject);
    }

    /** The loop inside for-of's try: done = true, step the iterator, done = false, run the body. */
    private void stepAndRunBody(Statement.ForOf f, Set<String> labels, int iterator, int nextMethod,
                                int done, int result) {
        Label exit = new Label();
        Label next = new Label();
        Label header = new Label();
        builder.bind(header);
        builder.emit(Bytecode.LdaTrue);
        builder.emit(Bytecode.Star, done);
        builder.setStatementPosition(eachPosition(f.left())); // as V8: stepping is "at" the loop variable
        builder.emit(Bytecode.CallProperty0, nextMethod, iterator, builder.addFeedbackSlot(FeedbackSlotKind.Call));
        if (f.isAwait()) {
            g.awaits.awaitAccumulator(eachPosition(f.left())); // for await: each step's result is awaited
        }
        builder.emit(Bytecode.Star, result);
        checkIteratorResult(builder, result);
        builder.emit(Bytecode.GetNamedProperty, result, builder.constant("done"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, exit);
        builder.emit(Bytecode.GetNamedProperty, result, builder.constant("value"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        // done = false before the value is bound, so a throwing binding closes the iterator too.
        builder.emit(Bytecode.Star, result);
        builder.emit(Bytecode.LdaFalse);
        builder.emit(Bytecode.Star, done);
        builder.emit(Bytecode.Ldar, result);
        bindAndRunBody(f, f.left(), f.body(), labels, exit, next);
        builder.bind(next);
        g.jumpLoop(header, f.pos());
        builder.bind(exit);
    }

    /** The source position of for-of's `each`: the declared name, or the assignment target. */
    private static int eachPosition(Statement left) {
        if (left instanceof Statement.VariableDeclaration d) {
            return d.declarations().get(0).target().pos();
        }
        return ((Statement.ExpressionStatement) left).expression().pos();
    }

    /** for-of's finally: if the loop was left with the iterator not done, IteratorClose. */
    private void closeIfNotDone(ControlScope.TryFinally scope, int iterator, int done) {
        Label skip = new Label();
        builder.emit(Bytecode.Ldar, done);
        builder.emitJump(Bytecode.JumpIfTrue, skip);
        int args = g.registers.allocateList(2);
        builder.emit(Bytecode.Mov, iterator, args);
        builder.emit(Bytecode.LdaSmi, scope.token(ControlScope.Command.RETHROW, null));
        builder.emit(Bytecode.TestEqualStrict, scope.tokenRegister, builder.addFeedbackSlot(FeedbackSlotKind.CompareOp));
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.IteratorClose.ordinal(), args, 2);
        builder.bind(skip);
    }

    /**
     * With the next value in acc: enters the per-iteration scope, binds the loop variable,
     * runs the body. break/continue see the loop first, then the pushed context, so they pop
     * it on the way out.
     */
    private void bindAndRunBody(Statement loop, Statement left, Statement body, Set<String> labels,
                                Label exit, Label next) {
        g.control = new ControlScope.Breakable(g.control, loop, labels, exit, next);
        g.loopDepth++;
        int mark = g.registers.mark();
        int value = g.registers.allocate();
        builder.emit(Bytecode.Star, value);
        int saved = g.enterBlockScope(loop);
        Expression head = left instanceof Statement.VariableDeclaration d ? (Expression) d.declarations().get(0).target()
                : ((Statement.ExpressionStatement) left).expression();
        if (DestructuringGenerator.isPattern(head)) {
            new DestructuringGenerator(g).destructure((dev.kindling.frontend.ast.Pattern) head, value,
                    left instanceof Statement.VariableDeclaration d && d.kind() != Statement.VarKind.VAR);
        } else if (left instanceof Statement.VariableDeclaration d) {
            builder.emit(Bytecode.Ldar, value);
            Expression.Identifier id = (Expression.Identifier) d.declarations().get(0).target();
            Variable v = g.scopes.resolve(id);
            if (d.kind() == Statement.VarKind.VAR) {
                g.variables.store(v, id, id.pos(), false);
            } else {
                g.variables.initialize(v);
            }
        } else {
            // A call as the target (`for (f() in o)`, accepted for the web's sake): node's
            // ReferenceError when the loop assigns, after the call, in sloppy and strict code.
            Expression target = ((Statement.ExpressionStatement) left).expression();
            if (!g.expressions.throwIfCallTarget(target, "Invalid left-hand side in for-loop")) {
                builder.emit(Bytecode.Ldar, value);
                g.expressions.storeToTarget(target);
            }
        }
        g.visitStatement(body);
        g.exitBlockScope(loop, saved);
        g.registers.release(mark);
        g.loopDepth--;
        g.control = g.control.outer;
    }
}
