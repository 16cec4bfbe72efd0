/*
 * for-in and for-of loops. Both evaluate their iterated object once, then per iteration bind
 * the loop variable (a fresh binding per iteration when it is a captured let/const: its block
 * context is entered inside the loop) and run the body.
 *
 * for-in follows V8's bytecode shape: ForInEnumerate collects the enumerable keys,
 * ForInPrepare makes the (cache, cache, length) triple, ForInContinue/ForInNext/ForInStep
 * walk it, and ForInNext yields undefined for a key deleted during the loop, which is skipped.
 * for-of follows the iteration protocol: GetIterator, then `next()` until `done`.
 * (Closing the iterator on an early exit, IteratorClose, matters only for iterators with a
 * `return` method; the array and string iterators of this subset have none.)
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
        Label exit = new Label();
        Label next = new Label();
        Label header = new Label();
        builder.setStatementPosition(ExpressionGenerator.startOf(f.right()));
        int object = g.expressions.visitForRegister(f.right());
        builder.setExpressionPosition(f.right().pos());
        builder.emit(Bytecode.GetIterator, object, builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty),
                builder.addFeedbackSlot(FeedbackSlotKind.Call));
        int iterator = g.registers.allocate();
        builder.emit(Bytecode.Star, iterator);
        int nextMethod = g.registers.allocate();
        builder.emit(Bytecode.GetNamedProperty, iterator, builder.constant("next"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, nextMethod);
        int result = g.registers.allocate();
        builder.bind(header);
        builder.emit(Bytecode.CallProperty0, nextMethod, iterator, builder.addFeedbackSlot(FeedbackSlotKind.Call));
        builder.emit(Bytecode.Star, result);
        Label isObject = new Label();
        builder.emitJump(Bytecode.JumpIfJSReceiver, isObject);
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowIteratorResultNotAnObject.ordinal(), result, 1);
        builder.bind(isObject);
        builder.emit(Bytecode.GetNamedProperty, result, builder.constant("done"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, exit);
        builder.emit(Bytecode.GetNamedProperty, result, builder.constant("value"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        bindAndRunBody(f, f.left(), f.body(), labels, exit, next);
        builder.bind(next);
        g.jumpLoop(header, f.pos());
        builder.bind(exit);
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
            builder.emit(Bytecode.Ldar, value);
            g.expressions.storeToTarget(((Statement.ExpressionStatement) left).expression());
        }
        g.visitStatement(body);
        g.exitBlockScope(loop, saved);
        g.registers.release(mark);
        g.loopDepth--;
        g.control = g.control.outer;
    }
}
