/*
 * Async functions and async generators (ECMA-262 §15.8, §15.6, §27.6, §27.7), lowered as V8's
 * BytecodeGenerator lowers them (BuildGeneratorObjectVariableInitialization, BuildAwait,
 * BuildAsyncReturn, and the parser's RewriteAsyncFunctionBody, which wraps the body so that an
 * exception rejects the promise):
 *
 *   SwitchOnGeneratorState r, [0], [n] { 0: @a, ... }           as for a generator
 *   Mov <closure>, r1; Mov <this>, r2
 *   InvokeIntrinsic [_AsyncFunctionEnter], r1-r2; Star r       the generator object, holding the promise
 *   Mov <context>, rc                                           try {
 *     ... the parameters, the body; each `await x` is
 *     Mov r, r1; <x>; Star r2
 *     InvokeIntrinsic [_AsyncFunctionAwaitUncaught], r1-r2     Await(x): the reactions resume r
 *     SuspendGenerator r, [i]                                  (the first suspension returns the promise)
 *     @a: ResumeGenerator r; Star rv; GetGeneratorState r; Star rm
 *     LdaZero; TestReferenceEqual rm; JumpIfTrue @next          resumed by a fulfilment: go on
 *     Ldar rv; ReThrow                                         by a rejection: throw the reason here
 *     @next: Ldar rv                                           the value of the await expression
 *     ... and each `return v` (the end of the body: return undefined) is
 *     Star r2; Mov r, r1; InvokeIntrinsic [_AsyncFunctionResolve], r1-r2; Return
 *   } catch (e) {
 *     Star r2; Mov r, r1; InvokeIntrinsic [_AsyncFunctionReject], r1-r2; Return
 *   }
 *
 * so a call runs the body synchronously up to its first await, and returns the promise there or
 * at the end. An await inside a try block of the function is [_AsyncFunctionAwaitCaught], V8's
 * name for the same operation with the debugger's catch prediction "caught".
 *
 * An async generator is a generator whose object keeps a queue of requests (next, return,
 * throw, each with its promise): it makes its object with [_AsyncGeneratorEnter] after the
 * parameters and suspends at once (as a generator), inside the try; `yield x` is
 * [_AsyncGeneratorYieldWithAwait] (await x, then settle the request at the head of the queue with
 * {value, done: false}) and a suspend; `return v` awaits v and then [_AsyncGeneratorResolve]s
 * with done true; a resumption by return(v) at a yield awaits v and returns it (§27.6.3.8
 * AsyncGeneratorYield, step 9). `yield*` and `for await` get their iterator with GetAsyncIterator
 * (an async iterator, or CreateAsyncFromSyncIterator over a sync one) and await each result.
 *
 * Assumes: the frontend reported misplaced awaits; the function is async (isAsyncFunction or
 * isAsyncGenerator). Guarantees: every await, yield and return inside the body is one of the
 * shapes above, and the suspend ids are counted by YieldGenerator.suspendCount the same way.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Intrinsic;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;

final class AwaitGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    private final YieldGenerator yields;
    private final boolean asyncGenerator;
    /** The try-catch around the whole body; an await inside it alone is not "caught". */
    private ControlScope.TryCatch bodyScope;
    private final Label bodyStart = new Label();
    private final Label bodyEnd = new Label();
    private int bodyContext;

    AwaitGenerator(BytecodeGenerator g, YieldGenerator yields) {
        this.g = g;
        this.builder = g.builder;
        this.yields = yields;
        this.asyncGenerator = g.shared.isAsyncGenerator();
    }

    /** An async function's generator object: [_AsyncFunctionEnter](closure, this), before the parameters. */
    void enter(int position) {
        int mark = g.registers.mark();
        int args = yields.closureAndReceiver();
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncFunctionEnter.ordinal(), args, 2);
        builder.emit(Bytecode.Star, yields.generator());
        g.registers.release(mark);
    }

    /** Opens the try around the body (RewriteAsyncFunctionBody's BuildRejectPromiseOnException). */
    void beginBody() {
        bodyContext = g.registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, bodyContext);
        builder.bind(bodyStart);
        bodyScope = new ControlScope.TryCatch(g.control);
        g.control = bodyScope;
    }

    /** Closes it: the handler rejects the promise (or the async generator's request) with the exception. */
    void endBody() {
        g.control = bodyScope.outer;
        builder.bind(bodyEnd);
        Label handler = new Label();
        builder.markHandlerTarget(handler);
        builder.bind(handler);
        int mark = g.registers.mark();
        int args = g.registers.allocateList(2);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.Mov, yields.generator(), args);
        builder.emit(Bytecode.InvokeIntrinsic, (asyncGenerator ? Intrinsic.AsyncGeneratorReject
                : Intrinsic.AsyncFunctionReject).ordinal(), args, 2);
        builder.emit(Bytecode.Return);
        g.registers.release(mark);
        builder.addHandler(bodyStart, bodyEnd, handler, bodyContext, true);
    }

    /**
     * The end of every return (BuildAsyncReturn), with the value in acc: resolve the promise, or
     * settle the async generator's request with {value, done: true}; then Return (marked where
     * the return statement's mark was waiting, as V8 marks it).
     */
    void asyncReturn() {
        int returnPosition = builder.takeStatementPosition();
        int mark = g.registers.mark();
        if (asyncGenerator) {
            int args = g.registers.allocateList(3);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            builder.emit(Bytecode.Mov, yields.generator(), args);
            builder.emit(Bytecode.LdaTrue);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2));
            builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncGeneratorResolve.ordinal(), args, 3);
        } else {
            int args = g.registers.allocateList(2);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            builder.emit(Bytecode.Mov, yields.generator(), args);
            builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncFunctionResolve.ordinal(), args, 2);
        }
        g.registers.release(mark);
        if (returnPosition >= 0) {
            builder.setStatementPosition(returnPosition);
        }
        builder.emit(Bytecode.Return);
    }

    /** `await x`: its value (the fulfilment) ends in acc, or the rejection is thrown here. */
    void visitAwait(Expression.Await a) {
        int mark = g.registers.mark();
        int args = g.registers.allocateList(2);
        builder.emit(Bytecode.Mov, yields.generator(), args);
        g.expressions.visitForAccumulator(a.argument());
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.InvokeIntrinsic, awaitIntrinsic().ordinal(), args, 2);
        g.registers.release(mark);
        resumeAfterAwait(a.pos());
    }

    /** Await(acc) (BuildAwait): for awaits the generator makes itself (for await, return in an async generator). */
    void awaitAccumulator(int position) {
        int mark = g.registers.mark();
        int args = g.registers.allocateList(2);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.Mov, yields.generator(), args);
        builder.emit(Bytecode.InvokeIntrinsic, awaitIntrinsic().ordinal(), args, 2);
        g.registers.release(mark);
        resumeAfterAwait(position);
    }

    /** The suspend point of an await and the dispatch on how it was resumed: next goes on, throw throws. */
    private void resumeAfterAwait(int position) {
        yields.suspendPoint(position);
        int mark = g.registers.mark();
        int input = g.registers.allocate();
        int mode = g.registers.allocate();
        builder.emit(Bytecode.Star, input);
        builder.emit(Bytecode.GetGeneratorState, yields.generator());
        builder.emit(Bytecode.Star, mode);
        builder.emit(Bytecode.LdaZero); // ResumeMode.NEXT
        builder.emit(Bytecode.TestReferenceEqual, mode);
        Label next = new Label();
        builder.emitJump(Bytecode.JumpIfTrue, next);
        builder.emit(Bytecode.Ldar, input);
        builder.emit(Bytecode.ReThrow);
        builder.bind(next);
        builder.emit(Bytecode.Ldar, input);
        g.registers.release(mark);
    }

    /** V8's catch prediction: an await inside a try block of this function is "Caught". */
    private Intrinsic awaitIntrinsic() {
        boolean caught = false;
        for (ControlScope c = g.control; c != null && c != bodyScope; c = c.outer) {
            if (c instanceof ControlScope.TryCatch) {
                caught = true;
                break;
            }
        }
        if (asyncGenerator) {
            return caught ? Intrinsic.AsyncGeneratorAwaitCaught : Intrinsic.AsyncGeneratorAwaitUncaught;
        }
        return caught ? Intrinsic.AsyncFunctionAwaitCaught : Intrinsic.AsyncFunctionAwaitUncaught;
    }

    /** Whether a yield here is inside a try-catch of the generator (V8's is_caught operand). */
    boolean yieldIsCaught() {
        return awaitIntrinsic() == Intrinsic.AsyncGeneratorAwaitCaught;
    }

    /**
     * GetIterator(obj, async) into `iterator` and its `next` method into `nextMethod`: the
     * object's [Symbol.asyncIterator], else CreateAsyncFromSyncIterator over its sync iterator.
     */
    void getAsyncIterator(int object, int iterator, int nextMethod) {
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.GetAsyncIterator.ordinal(), object, 1);
        builder.emit(Bytecode.Star, iterator);
        builder.emit(Bytecode.GetNamedProperty, iterator, builder.constant("next"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, nextMethod);
    }

    /**
     * `for await`'s finally (AsyncIteratorClose, §7.4.13 with Await): when the loop was left with
     * the iterator not done, call its `return` and await the result, which must be an object;
     * after a throw, errors of the call and the await are dropped (the loop's exception wins).
     */
    void closeIfNotDone(ControlScope.TryFinally scope, int iterator, int done, int position) {
        Label skip = new Label();
        Label afterThrow = new Label();
        int mark = g.registers.mark();
        int method = g.registers.allocate();
        int result = g.registers.allocate();
        builder.emit(Bytecode.Ldar, done);
        builder.emitJump(Bytecode.JumpIfTrue, skip);
        builder.emit(Bytecode.LdaSmi, scope.token(ControlScope.Command.RETHROW, null));
        builder.emit(Bytecode.TestReferenceEqual, scope.tokenRegister);
        builder.emitJump(Bytecode.JumpIfTrue, afterThrow);
        callReturn(iterator, method, skip, position);
        builder.emit(Bytecode.Star, result);
        LoopGenerator.checkIteratorResult(builder, result);
        builder.emitJump(Bytecode.Jump, skip);

        builder.bind(afterThrow); // the same inside a try whose handler drops what it catches
        int context = g.registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, context);
        Label start = new Label();
        Label end = new Label();
        Label ignore = new Label();
        builder.bind(start);
        ControlScope outer = g.control;
        g.control = new ControlScope.TryCatch(outer);
        callReturn(iterator, method, end, position);
        g.control = outer;
        builder.bind(end);
        builder.emitJump(Bytecode.Jump, skip);
        builder.markHandlerTarget(ignore);
        builder.bind(ignore);
        builder.addHandler(start, end, ignore, context, true);
        builder.bind(skip);
        g.registers.release(mark);
    }

    /** iterator.return (to `none` if there is none), called and its result awaited into acc. */
    private void callReturn(int iterator, int method, Label none, int position) {
        builder.emit(Bytecode.GetNamedProperty, iterator, builder.constant("return"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, method);
        builder.emitJump(Bytecode.JumpIfUndefinedOrNull, none);
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.CallProperty0, method, iterator, builder.addFeedbackSlot(FeedbackSlotKind.Call));
        awaitAccumulator(position);
    }

    /** [_AsyncGeneratorResolve](generator, result.value, false): an async yield* passes the inner value on. */
    void resolveWithValueOf(int result) {
        int mark = g.registers.mark();
        int args = g.registers.allocateList(3);
        builder.emit(Bytecode.Mov, yields.generator(), args);
        builder.emit(Bytecode.GetNamedProperty, result, builder.constant("value"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.emit(Bytecode.LdaFalse);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2));
        builder.emit(Bytecode.InvokeIntrinsic, Intrinsic.AsyncGeneratorResolve.ordinal(), args, 3);
        g.registers.release(mark);
    }
}
