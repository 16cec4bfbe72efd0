/*
 * Generator functions (ECMA-262 §15.5, §27.5), lowered as V8's BytecodeGenerator lowers them
 * (BuildGeneratorPrologue, BuildGeneratorObjectVariableInitialization, VisitYield,
 * VisitYieldStar, BuildSuspendPoint):
 *
 *   SwitchOnGeneratorState r, [0], [n] { 0: @a, 1: @b, ... }   first bytecode of the function
 *   ... the function context, the parameters ...
 *   CallRuntime [CreateJSGeneratorObject], <closure>-<this>; Star r
 *   SuspendGenerator r, [0]          the initial yield: the call returns the generator object
 *   @a: ResumeGenerator r; Star rv; GetGeneratorState r; SwitchOnSmiNoFeedback { 0: next, 1: return }
 *       Ldar rv; Throw               resumed by throw(e): throw e here
 *       Ldar rv; Return              resumed by return(v): return v (through every finally around)
 *   next: ... the body ...
 *
 * and each `yield x` makes its iterator result {value: x, done: false}, then suspends with a
 * resume point of the same shape, whose `next` leaves the value received in acc: the value of
 * the yield expression. The suspend ids are the yields in source order after the initial one
 * (0); their count is known before the body is generated (suspendCount), so the switch at the
 * top gets its whole jump table at once, as in V8.
 *
 * `yield* inner` is a loop around one suspend point: YieldStarStep calls the inner iterator's
 * next, return or throw with the value received, as the resume mode says; a result not yet
 * done is yielded as it is (not wrapped again, §15.5.5), a done one ends the loop with its
 * value — returned from the generator when the delegation was resumed by return, else the
 * value of the yield* expression.
 *
 * The suspend points of async functions and async generators (await, and a yield's extra
 * await) are made here too, and counted by suspendCount; AwaitGenerator says what each is.
 *
 * Assumes: the function is resumable (SharedFunctionInfo.isResumable) and the early errors
 * of yield and await were reported by the frontend. Guarantees: the generator register is
 * allocated before any other and never released, so every resume point sees it.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Intrinsic;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.runtime.JSGeneratorObject.ResumeMode;

import java.util.ArrayList;
import java.util.List;

final class YieldGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    /** The generator object's register (V8's .generator_object variable). */
    private final int generator;
    /** The resume point of each suspend id, bound as the suspends are generated. */
    private final List<Label> resumePoints = new ArrayList<>();
    private int nextSuspendId;
    /** An async generator's yields and returns also await; null in a generator. */
    private final boolean asyncGenerator;
    AwaitGenerator awaits;

    YieldGenerator(BytecodeGenerator g, Node functionBody) {
        this.g = g;
        this.builder = g.builder;
        this.generator = g.registers.allocate();
        this.asyncGenerator = g.shared.isAsyncGenerator();
        int initial = asyncGenerator ? 2 : g.shared.isGenerator() ? 1 : 0;
        int count = initial + suspendCount(functionBody, asyncGenerator);
        for (int i = 0; i < count; i++) {
            resumePoints.add(new Label());
        }
    }

    /** The generator object's register. */
    int generator() {
        return generator;
    }

    /**
     * The suspend points of `node`'s own code (not of nested functions): one per yield of a
     * generator and per await; an async generator's yield has two (the yield, and the await of
     * a return's value), its yield* three (the await of each inner result, the yield, the await
     * of a returned value) and its
     * `return x` one (the await of x); a for await three (the await of each step, and of the
     * iterator's return on the normal and on the throwing way out).
     */
    private static int suspendCount(Node node, boolean asyncGenerator) {
        int n = 0;
        for (Node child : Children.of(node)) {
            if (child instanceof Expression.FunctionLiteral) {
                continue;
            }
            if (child instanceof Expression.Yield y) {
                n += !asyncGenerator ? 1 : y.delegate() ? 3 : 2;
            } else if (child instanceof Expression.Await) {
                n += 1;
            } else if (child instanceof Statement.ForOf f && f.isAwait()) {
                n += 3;
            } else if (child instanceof Statement.Return r && r.argument() != null && asyncGenerator) {
                n += 1;
            }
            n += suspendCount(child, asyncGenerator);
        }
        return n;
    }

    /** SwitchOnGeneratorState: the function's first bytecode (V8's BuildGeneratorPrologue). */
    void prologue() {
        if (resumePoints.isEmpty()) {
            return; // an async function without an await never resumes (V8 emits no switch either)
        }
        builder.emitSwitchOnGeneratorState(generator, resumePoints);
    }

    /**
     * A register list of (closure, this), the arguments of the calls that make a generator or
     * async function's object; the caller releases it (registers.mark / release).
     */
    int closureAndReceiver() {
        int args = g.registers.allocateList(2);
        builder.emit(Bytecode.Mov, Register.CLOSURE, args);
        builder.emit(Bytecode.Mov, Register.RECEIVER, RegisterAllocator.nth(args, 1));
        return args;
    }

    /**
     * After the parameters: makes the generator object and suspends at once (the initial
     * yield, suspend id 0), so the call returns the object; `position` is where V8 marks it.
     */
    void createGeneratorObject(int position) {
        int mark = g.registers.mark();
        int args = closureAndReceiver();
        builder.setExpressionPosition(position);
        if (asyncGenerator) {
            builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncGeneratorEnter.ordinal(), args, 2);
        } else {
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.CreateJSGeneratorObject.ordinal(), args, 2);
        }
        builder.emit(Bytecode.Star, generator);
        g.registers.release(mark);
        if (asyncGenerator) {
            awaits.beginBody(); // a return(v) or throw(e) before the start settles the request, as the body would
        }
        suspend(position, true, false);
    }

    /** `yield x` / `yield* x`: its value (what the generator is resumed with) ends in acc. */
    void visitYield(Expression.Yield y) {
        if (y.delegate()) {
            visitYieldStar(y);
            return;
        }
        int mark = g.registers.mark();
        if (asyncGenerator) {
            int args = g.registers.allocateList(3);
            builder.emit(Bytecode.Mov, generator, args);
            if (y.argument() == null) {
                builder.emit(Bytecode.LdaUndefined);
            } else {
                g.expressions.visitForAccumulator(y.argument());
            }
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            builder.emit(awaits.yieldIsCaught() ? Bytecode.LdaTrue : Bytecode.LdaFalse);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2));
            builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncGeneratorYieldWithAwait.ordinal(), args, 3);
            g.registers.release(mark);
            suspend(y.pos(), true, true);
            return;
        }
        int args = g.registers.allocateList(2);
        if (y.argument() == null) {
            builder.emit(Bytecode.LdaUndefined);
        } else {
            g.expressions.visitForAccumulator(y.argument());
        }
        builder.emit(Bytecode.Star, args);
        builder.emit(Bytecode.LdaFalse);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.CreateIterResultObject.ordinal(), args, 2);
        g.registers.release(mark);
        suspend(y.pos(), true, true);
    }

    /** SuspendGenerator and its ResumeGenerator, with no dispatch: the value received ends in acc. */
    void suspendPoint(int position) {
        suspend(position, false, true);
    }

    /**
     * A suspend point (V8's BuildSuspendPoint) for the value in acc, then its resume: the value
     * received goes to acc. With `dispatch`, the resume mode is acted on here (throw throws,
     * return returns); without, the caller reads it (yield*). `valueUsed` false (the initial
     * yield) leaves acc unset on `next`.
     */
    private void suspend(int position, boolean dispatch, boolean valueUsed) {
        int id = nextSuspendId++;
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.SuspendGenerator, generator, id);
        builder.bind(resumePoints.get(id));
        builder.emit(Bytecode.ResumeGenerator, generator);
        if (!dispatch) {
            return;
        }
        int mark = g.registers.mark();
        int received = g.registers.allocate();
        builder.emit(Bytecode.Star, received);
        builder.emit(Bytecode.GetGeneratorState, generator);
        Label next = new Label();
        Label ret = new Label();
        builder.emitSwitchOnSmi(List.of(next, ret), ResumeMode.NEXT.ordinal()); // NEXT 0, RETURN 1; THROW falls through
        builder.emit(Bytecode.Ldar, received);
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.Throw);
        builder.bind(ret);
        builder.emit(Bytecode.Ldar, received);
        if (asyncGenerator) {
            awaits.awaitAccumulator(position); // AsyncGeneratorYield, step 9: a return's value is awaited
        }
        g.performCommand(ControlScope.Command.RETURN, null);
        builder.bind(next);
        if (valueUsed) {
            builder.emit(Bytecode.Ldar, received);
        }
        g.registers.release(mark);
    }

    /**
     * `yield* inner` (§15.5.5): registers [iterator, next, received, mode] are YieldStarStep's
     * arguments; `output` holds the inner result. In an async generator (V8's VisitYieldStar for
     * IteratorType::kAsync) the iterator is an async one, each step's result is awaited and
     * checked, and a value not done settles the outer request ([_AsyncGeneratorResolve], done
     * false) before the generator suspends.
     */
    private void visitYieldStar(Expression.Yield y) {
        int mark = g.registers.mark();
        int iterable = g.expressions.visitForRegister(y.argument());
        int step = g.registers.allocateList(4);
        int iterator = step;
        int nextMethod = RegisterAllocator.nth(step, 1);
        int received = RegisterAllocator.nth(step, 2);
        int mode = RegisterAllocator.nth(step, 3);
        int output = g.registers.allocate();
        builder.setExpressionPosition(y.argument().pos());
        if (asyncGenerator) {
            awaits.getAsyncIterator(iterable, iterator, nextMethod);
        } else {
            LoopGenerator.getIterator(builder, iterable, iterator, nextMethod);
        }
        builder.emit(Bytecode.LdaUndefined);
        builder.emit(Bytecode.Star, received);
        builder.emit(Bytecode.LdaSmi, ResumeMode.NEXT.ordinal());
        builder.emit(Bytecode.Star, mode);

        Label loop = new Label();
        Label done = new Label();
        builder.bind(loop);
        builder.setExpressionPosition(y.pos());
        if (asyncGenerator) {
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.AsyncYieldStarStep.ordinal(), step, 4);
            awaits.awaitAccumulator(y.pos());
            builder.emit(Bytecode.Star, output);
            LoopGenerator.checkIteratorResult(builder, output);
        } else {
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.YieldStarStep.ordinal(), step, 4);
            builder.emit(Bytecode.Star, output);
        }
        builder.emit(Bytecode.GetNamedProperty, output, builder.constant("done"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, done);
        if (asyncGenerator) {
            awaits.resolveWithValueOf(output); // the outer request gets the inner value, done false
        } else {
            builder.emit(Bytecode.Ldar, output); // the inner result is yielded as it is
        }
        suspend(y.pos(), false, true);
        builder.emit(Bytecode.Star, received);
        builder.emit(Bytecode.GetGeneratorState, generator);
        builder.emit(Bytecode.Star, mode);
        g.loopDepth++;
        g.jumpLoop(loop, y.pos());
        g.loopDepth--;

        builder.bind(done);
        builder.emit(Bytecode.GetNamedProperty, output, builder.constant("value"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, output);
        Label notReturn = new Label();
        builder.emit(Bytecode.LdaSmi, ResumeMode.RETURN.ordinal());
        builder.emit(Bytecode.TestReferenceEqual, mode);
        builder.emitJump(Bytecode.JumpIfFalse, notReturn);
        builder.emit(Bytecode.Ldar, output);
        if (asyncGenerator) {
            awaits.awaitAccumulator(y.pos()); // §15.5.5 7.c.viii.2 (and 7.c.iv.1): the returned value is awaited
        }
        g.performCommand(ControlScope.Command.RETURN, null);
        builder.bind(notReturn);
        builder.emit(Bytecode.Ldar, output);
        g.registers.release(mark);
    }
}
