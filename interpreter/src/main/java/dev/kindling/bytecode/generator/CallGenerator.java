/*
 * Calls → bytecode: CallProperty0/1/2 and CallUndefinedReceiver0/1/2 name their registers;
 * longer calls pass a register list; `new` is Construct with new.target in acc; optional
 * calls short-circuit to the chain's end; calls with spreads build an argument array and make
 * one runtime call.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.scope.ScopeAnalyzer;

import java.util.ArrayList;
import java.util.List;

final class CallGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    private final ExpressionGenerator x;

    CallGenerator(BytecodeGenerator g, ExpressionGenerator x) {
        this.g = g;
        this.builder = g.builder;
        this.x = x;
    }

    /** `f(...xs)`, `o.m(a, ...xs)`: the arguments built into an array, then one runtime call. */
    private void visitSpreadCall(Expression.Call c) {
        Expression callee = c.callee();
        int args = g.registers.allocateList(3);
        if (callee instanceof Expression.Member || callee instanceof Expression.Index) {
            Expression object = callee instanceof Expression.Member m ? m.object() : ((Expression.Index) callee).object();
            x.visitForAccumulator(object);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            if (callee instanceof Expression.Member m ? m.optional() : ((Expression.Index) callee).optional()) {
                builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd); // `o?.m(...xs)`
            }
            if (callee instanceof Expression.Member m) {
                builder.setExpressionPosition(m.pos());
                builder.emit(Bytecode.GetNamedProperty, RegisterAllocator.nth(args, 1), builder.constant(m.name()),
                        builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
            } else {
                Expression.Index i = (Expression.Index) callee;
                x.visitForAccumulator(i.key());
                builder.setExpressionPosition(i.pos());
                builder.emit(Bytecode.GetKeyedProperty, RegisterAllocator.nth(args, 1),
                        builder.addFeedbackSlot(FeedbackSlotKind.LoadKeyed));
            }
            builder.emit(Bytecode.Star, args);
        } else if (isWithCall(c)) {
            loadCalleeAndReceiver((Expression.Identifier) callee, args);
            builder.emit(Bytecode.Ldar, args);
        } else {
            x.visitForAccumulator(callee);
            builder.emit(Bytecode.Star, args);
        }
        if (c.optional()) {
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd); // `f?.(...xs)`: acc is f
        }
        if (!(callee instanceof Expression.Member || callee instanceof Expression.Index || isWithCall(c))) {
            builder.emit(Bytecode.LdaUndefined);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        }
        builder.emit(Bytecode.Mov, x.literals.buildArrayWithSpread(c.arguments()), RegisterAllocator.nth(args, 2));
        builder.setExpressionPosition(c.pos());
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.CallWithArgumentArray.ordinal(), args, 3);
    }

    void visitCall(Expression.Call c) {
        if (c.callee() instanceof Expression.SuperProperty) {
            x.classes.visitSuperPropertyCall(c);
            return;
        }
        if (LiteralGenerator.hasSpread(c.arguments())) {
            visitSpreadCall(c);
            return;
        }
        Expression callee = c.callee();
        List<Expression> args = c.arguments();
        if (callee instanceof Expression.Member || callee instanceof Expression.Index) {
            visitPropertyCall(c, callee, args);
            return;
        }
        if (ScopeAnalyzer.isPossiblyDirectEval(c)) {
            visitPossiblyDirectEval(c);
            return;
        }
        if (isWithCall(c)) {
            visitWithCall(c);
            return;
        }
        int function = x.visitForRegister(callee);
        if (c.optional()) {
            builder.emit(Bytecode.Ldar, function);
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd);
        }
        int list = args.isEmpty() ? Register.local(0) : g.registers.allocateList(args.size());
        for (int i = 0; i < args.size(); i++) {
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i));
        }
        emitUndefinedReceiverCall(c, function, list);
    }

    /**
     * `eval(args)` (ECMA-262 §13.3.6.1, V8's BuildCall for a possibly-eval call): the callee and
     * the arguments are evaluated as for any call, then CallRuntime [ResolvePossiblyDirectEval]
     * replaces the callee by the eval code compiled in this call site's scope when the callee is
     * %eval% and the first argument a string; the call itself is an ordinary one.
     */
    private void visitPossiblyDirectEval(Expression.Call c) {
        List<Expression> args = c.arguments();
        int function = g.registers.allocate(); // never the variable's own register: it is replaced
        x.visitForAccumulator(c.callee());
        builder.emit(Bytecode.Star, function);
        int list = args.isEmpty() ? Register.local(0) : g.registers.allocateList(args.size());
        for (int i = 0; i < args.size(); i++) {
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i));
        }
        int resolve = g.registers.allocateList(4);
        builder.emit(Bytecode.Mov, function, resolve);
        if (args.isEmpty()) {
            builder.emit(Bytecode.LdaUndefined);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(resolve, 1));
        } else {
            builder.emit(Bytecode.Mov, list, RegisterAllocator.nth(resolve, 1));
        }
        builder.emit(Bytecode.LdaConstant, builder.constant(g.currentScope));
        builder.emit(Bytecode.Star, RegisterAllocator.nth(resolve, 2));
        builder.emit(Bytecode.LdaSmi, g.strict ? 1 : 0);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(resolve, 3));
        builder.setExpressionPosition(c.pos());
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ResolvePossiblyDirectEval.ordinal(), resolve, 4);
        builder.emit(Bytecode.Star, function);
        emitUndefinedReceiverCall(c, function, list);
    }

    /**
     * A call of a name a with object may have (ScopeAnalysis.isLookupThroughWith; V8's
     * Call::WITH_CALL): its callee and receiver come from one lookup, so `with (o) m()`
     * calls o.m with o as `this`.
     */
    private boolean isWithCall(Expression.Call c) {
        return c.callee() instanceof Expression.Identifier id && g.scopes.isLookupThroughWith(id)
                && !ScopeAnalyzer.isPossiblyDirectEval(c);
    }

    /** `f(args)` inside a with: CallRuntimeForPair [LoadLookupSlotForCall], then CallAnyReceiver. */
    private void visitWithCall(Expression.Call c) {
        List<Expression> args = c.arguments();
        int pair = g.registers.allocateList(args.size() + 2); // callee, receiver, arguments
        loadCalleeAndReceiver((Expression.Identifier) c.callee(), pair);
        if (c.optional()) {
            builder.emit(Bytecode.Ldar, pair);
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd);
        }
        for (int i = 0; i < args.size(); i++) {
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(pair, i + 2));
        }
        int callSlot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.setExpressionPosition(c.pos());
        builder.emit(Bytecode.CallAnyReceiver, pair, RegisterAllocator.nth(pair, 1), args.size() + 1, callSlot);
    }

    /** pair, pair+1 = the callee `name` finds and its receiver (the with object it is on, else undefined). */
    private void loadCalleeAndReceiver(Expression.Identifier name, int pair) {
        int mark = g.registers.mark();
        int nameRegister = g.registers.allocate();
        builder.emit(Bytecode.LdaConstant, builder.constant(name.name()));
        builder.emit(Bytecode.Star, nameRegister);
        builder.emit(Bytecode.CallRuntimeForPair, RuntimeFunction.LoadLookupSlotForCall.ordinal(), nameRegister, 1, pair);
        g.registers.release(mark);
    }

    /** CallUndefinedReceiver0/1/2, or the register-list form, of `function` with the arguments in `list`. */
    private void emitUndefinedReceiverCall(Expression.Call c, int function, int list) {
        List<Expression> args = c.arguments();
        int callSlot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.setExpressionPosition(c.pos());
        switch (args.size()) {
            case 0 -> builder.emit(Bytecode.CallUndefinedReceiver0, function, callSlot);
            case 1 -> builder.emit(Bytecode.CallUndefinedReceiver1, function, list, callSlot);
            case 2 -> builder.emit(Bytecode.CallUndefinedReceiver2, function, list, RegisterAllocator.nth(list, 1), callSlot);
            default -> builder.emit(Bytecode.CallUndefinedReceiver, function, list, args.size(), callSlot);
        }
    }

    /**
     * `o.m(args)`, `o[k](args)`, with `?.` on the object or the call. CallProperty0/1/2 name
     * each register, so the receiver can stay where it is (a local is not copied); with more
     * arguments, CallProperty takes the receiver and the arguments as one register list.
     * The method load shares its feedback slot with other loads of the same name from the
     * same variable (ExpressionGenerator.namedLoadSlot), as V8's feedback slot cache does.
     */
    private void visitPropertyCall(Expression.Call c, Expression callee, List<Expression> args) {
        boolean registerList = args.size() > 2;
        int function = g.registers.allocate();
        Expression object = callee instanceof Expression.Member m ? m.object() : ((Expression.Index) callee).object();
        boolean optionalObject = callee instanceof Expression.Member m ? m.optional() : ((Expression.Index) callee).optional();
        int list = registerList ? g.registers.allocateList(args.size() + 1) : 0;
        int receiver;
        if (registerList) {
            x.visitForAccumulator(object);
            builder.emit(Bytecode.Star, list);
            receiver = list;
        } else {
            List<Expression> later = new ArrayList<>(args);
            if (callee instanceof Expression.Index i) {
                later.add(i.key());
            }
            receiver = x.visitForRegister(object, later.toArray(new Expression[0]));
        }
        if (optionalObject) {
            if (!registerList) {
                builder.emit(Bytecode.Ldar, receiver);
            }
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd);
        }
        if (callee instanceof Expression.Member m) {
            builder.setExpressionPosition(m.pos());
            builder.emit(Bytecode.GetNamedProperty, receiver, builder.constant(m.name()), x.namedLoadSlot(object, m.name()));
        } else {
            Expression.Index i = (Expression.Index) callee;
            x.visitForAccumulator(i.key());
            builder.setExpressionPosition(i.pos());
            builder.emit(Bytecode.GetKeyedProperty, receiver, builder.addFeedbackSlot(FeedbackSlotKind.LoadKeyed));
        }
        builder.emit(Bytecode.Star, function);
        if (c.optional()) {
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, x.optionalChainEnd);
        }
        int[] argRegisters = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            argRegisters[i] = registerList ? RegisterAllocator.nth(list, i + 1) : g.registers.allocate();
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, argRegisters[i]);
        }
        int callSlot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.setExpressionPosition(c.pos());
        switch (args.size()) {
            case 0 -> builder.emit(Bytecode.CallProperty0, function, receiver, callSlot);
            case 1 -> builder.emit(Bytecode.CallProperty1, function, receiver, argRegisters[0], callSlot);
            case 2 -> builder.emit(Bytecode.CallProperty2, function, receiver, argRegisters[0], argRegisters[1], callSlot);
            default -> builder.emit(Bytecode.CallProperty, function, list, args.size() + 1, callSlot);
        }
    }

    void visitNew(Expression.New n) {
        if (LiteralGenerator.hasSpread(n.arguments())) {
            int args = g.registers.allocateList(2);
            x.visitForAccumulator(n.callee());
            builder.emit(Bytecode.Star, args);
            builder.emit(Bytecode.Mov, x.literals.buildArrayWithSpread(n.arguments()), RegisterAllocator.nth(args, 1));
            builder.setExpressionPosition(n.pos());
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.ConstructWithArgumentArray.ordinal(), args, 2);
            return;
        }
        int constructor = x.visitForRegister(n.callee());
        List<Expression> args = n.arguments();
        int list = args.isEmpty() ? Register.local(0) : g.registers.allocateList(args.size());
        for (int i = 0; i < args.size(); i++) {
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i));
        }
        int slot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.emit(Bytecode.Ldar, constructor);
        builder.setExpressionPosition(n.pos());
        builder.emit(Bytecode.Construct, constructor, list, args.size(), slot);
    }
}
