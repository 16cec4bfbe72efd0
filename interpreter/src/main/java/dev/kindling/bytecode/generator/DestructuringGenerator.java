/*
 * Destructuring → bytecode, in the shapes V8's BytecodeGenerator emits
 * (BuildDestructuringObjectAssignment, BuildDestructuringArrayAssignment), for every place a
 * pattern can stand: declarations, assignment expressions, parameters and for-in/of heads.
 *
 * Object patterns read properties with GetNamedProperty / GetKeyedProperty, so they have load
 * ICs like any `o.p`. There is no null check of their own: the first load throws for null and
 * undefined, and the interpreter words that error as node does (see interpreter/
 * DestructuringErrors). Only when no load comes first — an empty pattern or a computed first
 * key, whose evaluation could have effects — is there an explicit JumpIfUndefinedOrNull to
 * CallRuntime [ThrowPatternAssignmentNonCoercible]. A rest property copies what is left with
 * CallRuntime [CopyDataPropertiesWithExcludedPropertiesOnStack] over a register list holding
 * the value and every key already taken.
 *
 * Array patterns use the iteration protocol (ECMA-262 §8.6.3 IteratorBindingInitialization):
 * GetIterator, the `next` method loaded once, then per element a step guarded by a `done`
 * register — next(), JumpIfJSReceiver or ThrowIteratorResultNotAnObject, `done`, `value`.
 * The elements run inside a try-finally: if they end early (the pattern is shorter than the
 * iteration, or an exception) and the iterator is not done, its `return` method is called
 * (IteratorClose); an exception from `return` is dropped when the finally is already
 * rethrowing. As in V8, the finally's token register (-1 fall through, 0 rethrow) is tested
 * with TestReferenceEqual.
 *
 * Evaluation order is the spec's: a property's computed key, then the target's object and key
 * (`o.p`, `a[i]`), then the value, then the default if the value is undefined, then the store.
 *
 * Assumes: scope analysis resolved every name in the pattern.
 * Guarantees: the value register is only read; temporaries are released at the end.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.ArrayPattern;
import dev.kindling.frontend.ast.Expression.Identifier;
import dev.kindling.frontend.ast.Expression.ObjectPattern;
import dev.kindling.frontend.ast.Expression.PatternElement;
import dev.kindling.frontend.ast.Expression.PatternProperty;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Variable;
import dev.kindling.runtime.ArrayIndex;

final class DestructuringGenerator {
    /** How the names of a pattern are written. */
    enum Binding {
        /** let, const, parameters: the binding is initialized (no TDZ or const check). */
        INITIALIZE,
        /** var declarations and assignment expressions: a store, with an assignment's checks. */
        STORE
    }

    /** Where the finally of an array pattern stands: fell through, or rethrowing (V8's tokens). */
    private static final int FALL_THROUGH = -1;
    private static final int RETHROW = 0;

    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;

    DestructuringGenerator(BytecodeGenerator g) {
        this.g = g;
        this.builder = g.builder;
    }

    static boolean isPattern(Expression e) {
        return e instanceof ObjectPattern || e instanceof ArrayPattern;
    }

    // ---- the places a pattern stands ------------------------------------------------------------

    /** `var|let|const pattern = init`. V8 marks the statement at the initializer. */
    void declaration(Statement.VarKind kind, Statement.VariableDeclarator decl) {
        int start = ExpressionGenerator.startOf(decl.init());
        builder.setStatementPosition(start);
        int value = valueRegister(decl.init(), decl.target());
        assign(decl.target(), value, kind == Statement.VarKind.VAR ? Binding.STORE : Binding.INITIALIZE, start);
    }

    /** `pattern = value`; its result (the value) is left in acc when `valueNeeded`. */
    void assignment(Expression.Assign a, boolean valueNeeded) {
        Pattern pattern = (Pattern) a.target();
        int value = valueRegister(a.value(), pattern);
        assign(pattern, value, Binding.STORE, a.pos());
        if (valueNeeded) {
            builder.emit(Bytecode.Ldar, value);
        }
    }

    /** A parameter `pattern` or `pattern = default` (index: its argument register). */
    void parameter(Expression.Param p, int index) {
        int value = Register.parameter(index);
        if (p.defaultValue() != null) {
            Label present = new Label();
            builder.emit(Bytecode.Ldar, value);
            builder.emitJump(Bytecode.JumpIfNotUndefined, present);
            g.expressions.visitForAccumulator(p.defaultValue());
            builder.bind(present);
            value = g.registers.allocate();
            builder.emit(Bytecode.Star, value);
        }
        assign(p.target(), value, Binding.INITIALIZE, p.target().pos());
    }

    /** The value in register `value` into a for-in/of head, rest parameter or catch pattern. */
    void destructure(Pattern pattern, int value, boolean initialize) {
        assign(pattern, value, initialize ? Binding.INITIALIZE : Binding.STORE, pattern.pos());
    }

    /**
     * The value to destructure in a register. A local's own register serves unless the pattern
     * writes that local, as in `[a, b] = a` (the elements after the first must still read the
     * old value).
     */
    private int valueRegister(Expression value, Pattern pattern) {
        if (value instanceof Identifier id) {
            Variable v = g.scopes.resolve(id);
            for (Pattern t : Pattern.targets(pattern)) {
                if (t instanceof Identifier name && v != null && g.scopes.resolve(name) == v) {
                    g.expressions.visitForAccumulator(value);
                    int copy = g.registers.allocate();
                    builder.emit(Bytecode.Star, copy);
                    return copy;
                }
            }
        }
        return g.expressions.visitForRegister(value, (Expression) pattern);
    }

    // ---- patterns -------------------------------------------------------------------------------

    /** Destructures the value in register `value` into `pattern`; `position` marks GetIterator. */
    void assign(Pattern pattern, int value, Binding binding, int position) {
        int mark = g.registers.mark();
        if (pattern instanceof ObjectPattern o) {
            objectPattern(o, value, binding);
        } else if (pattern instanceof ArrayPattern a) {
            arrayPattern(a, value, binding, position);
        } else {
            builder.emit(Bytecode.Ldar, value);
            ExpressionGenerator.Reference ref = g.expressions.prepareReference((Expression) pattern, null);
            store(pattern, ref, binding);
        }
        g.registers.release(mark);
    }

    private void objectPattern(ObjectPattern p, int value, Binding binding) {
        java.util.List<PatternProperty> properties = p.properties();
        if (properties.isEmpty() && p.rest() == null
                || !properties.isEmpty() && properties.get(0).computedKey() != null) {
            Label nullish = new Label();
            Label notNullish = new Label();
            builder.emit(Bytecode.Ldar, value);
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, nullish);
            builder.emitJump(Bytecode.Jump, notNullish);
            builder.bind(nullish);
            builder.setExpressionPosition(p.pos());
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowPatternAssignmentNonCoercible.ordinal(), value, 1);
            builder.bind(notNullish);
        }
        // With a rest property every key is kept, in the list the rest copy takes: [value, key...].
        int restArgs = p.rest() == null ? 0 : g.registers.allocateList(properties.size() + 1);
        for (int i = 0; i < properties.size(); i++) {
            PatternProperty property = properties.get(i);
            int mark = g.registers.mark();
            int key = restArgs != 0 ? RegisterAllocator.nth(restArgs, i + 1) : 0;
            boolean keyed = property.computedKey() != null || ArrayIndex.parse(property.name()) >= 0;
            if (property.computedKey() != null) {
                g.expressions.visitForAccumulator(property.computedKey());
                key = key != 0 ? key : g.registers.allocate();
                builder.setExpressionPosition(property.computedKey().pos());
                builder.emit(Bytecode.ToName, key);
            } else if (keyed || key != 0) {
                key = key != 0 ? key : g.registers.allocate();
                if (keyed) {
                    g.expressions.loadNumber(ArrayIndex.parse(property.name()));
                } else {
                    builder.emit(Bytecode.LdaConstant, builder.constant(property.name()));
                }
                builder.emit(Bytecode.Star, key);
            }
            ExpressionGenerator.Reference ref = prepare(property.target());
            if (keyed) {
                builder.emit(Bytecode.Ldar, key);
                if (property.computedKey() == null) {
                    builder.setExpressionPosition(property.target().pos());
                }
                builder.emit(Bytecode.GetKeyedProperty, value, builder.addFeedbackSlot(FeedbackSlotKind.LoadKeyed));
            } else {
                builder.setExpressionPosition(property.target().pos());
                builder.emit(Bytecode.GetNamedProperty, value, builder.constant(property.name()),
                        builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
            }
            applyDefault(property.defaultValue(), null);
            store(property.target(), ref, binding);
            g.registers.release(mark);
        }
        if (p.rest() != null) {
            ExpressionGenerator.Reference ref = prepare(p.rest());
            builder.emit(Bytecode.Mov, value, restArgs);
            builder.setExpressionPosition(p.rest().pos());
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.CopyDataPropertiesWithExcludedPropertiesOnStack.ordinal(),
                    restArgs, properties.size() + 1);
            store(p.rest(), ref, binding);
        }
    }

    /** The registers of one array pattern's iteration (V8's IteratorRecord plus `done`). */
    private record Iteration(int next, int iterator, int done, int result, int valueSlot, int doneSlot) {}

    private void arrayPattern(ArrayPattern p, int value, Binding binding, int position) {
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.GetIterator, value, builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty),
                builder.addFeedbackSlot(FeedbackSlotKind.Call));
        int next = g.registers.allocate();
        int iterator = g.registers.allocate();
        builder.emit(Bytecode.Star, iterator);
        builder.emit(Bytecode.GetNamedProperty, iterator, builder.constant("next"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emit(Bytecode.Star, next);
        int done = g.registers.allocate();
        builder.emit(Bytecode.LdaFalse);
        builder.emit(Bytecode.Star, done);
        int valueSlot = builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty); // shared by the steps, as in V8
        int doneSlot = builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty);
        int token = g.registers.allocate();
        int result = g.registers.allocate();
        int context = g.registers.allocate();
        Iteration it = new Iteration(next, iterator, done, g.registers.allocate(), valueSlot, doneSlot);
        builder.emit(Bytecode.Mov, Register.CONTEXT, context);

        // try { the elements }
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        Label finallyEntry = new Label();
        builder.bind(tryStart);
        for (PatternElement element : p.elements()) {
            int mark = g.registers.mark();
            if (element == null) {
                step(it, null, null);
            } else {
                ExpressionGenerator.Reference ref = prepare(element.target());
                step(it, element.target(), element.defaultValue());
                store(element.target(), ref, binding);
            }
            g.registers.release(mark);
        }
        if (p.rest() != null) {
            restElement(it, p.rest(), binding);
        }
        builder.bind(tryEnd);
        builder.emit(Bytecode.LdaSmi, FALL_THROUGH);
        builder.emit(Bytecode.Star, result);
        builder.emit(Bytecode.Star, token);
        builder.emitJump(Bytecode.Jump, finallyEntry);
        builder.markHandlerTarget(handler);
        builder.bind(handler);
        builder.emit(Bytecode.Star, result);
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.Star, token);
        builder.addHandler(tryStart, tryEnd, handler, context, false);

        // finally { if (!done) IteratorClose } — then rethrow if that is why we are here.
        builder.bind(finallyEntry);
        Label closed = new Label();
        builder.emit(Bytecode.Ldar, done);
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, closed);
        closeIterator(it, token, closed);
        builder.bind(closed);
        Label after = new Label();
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.TestReferenceEqual, token);
        builder.emitJump(Bytecode.JumpIfFalse, after);
        builder.emit(Bytecode.Ldar, result);
        builder.emit(Bytecode.ReThrow);
        builder.bind(after);
    }

    /**
     * One IteratorStep for an element (`target` null for a hole): when not yet done, calls
     * next(); leaves the value (or undefined once done, or the default) in acc.
     */
    private void step(Iteration it, Pattern target, Expression defaultValue) {
        Label exhausted = new Label();
        builder.emit(Bytecode.Ldar, it.done());
        if (target != null) {
            builder.setExpressionPosition(target.pos());
        }
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, exhausted);
        callNext(it);
        builder.emit(Bytecode.GetNamedProperty, it.result(), builder.constant("done"), it.doneSlot());
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, exhausted);
        if (target == null) {
            builder.emit(Bytecode.LdaFalse);
            builder.emit(Bytecode.Star, it.done());
            builder.bind(exhausted);
            return;
        }
        builder.emit(Bytecode.GetNamedProperty, it.result(), builder.constant("value"), it.valueSlot());
        builder.emit(Bytecode.Star, it.result());
        builder.emit(Bytecode.LdaFalse);
        builder.emit(Bytecode.Star, it.done());
        builder.emit(Bytecode.Ldar, it.result());
        applyDefault(defaultValue, exhausted);
    }

    /** done = true; result = next(); a non-object result is a TypeError. */
    private void callNext(Iteration it) {
        builder.emit(Bytecode.LdaTrue);
        builder.emit(Bytecode.Star, it.done());
        builder.emit(Bytecode.CallProperty0, it.next(), it.iterator(), builder.addFeedbackSlot(FeedbackSlotKind.Call));
        builder.emit(Bytecode.Star, it.result());
        Label isObject = new Label();
        builder.emitJump(Bytecode.JumpIfJSReceiver, isObject);
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowIteratorResultNotAnObject.ordinal(), it.result(), 1);
        builder.bind(isObject);
    }

    /**
     * With the value in acc: if it is undefined, the default instead. `exhausted` (when not
     * null) is where a finished iteration joins: it goes straight to the default, or loads
     * undefined without one, as V8's code does.
     */
    private void applyDefault(Expression defaultValue, Label exhausted) {
        Label present = new Label();
        if (defaultValue != null) {
            builder.emitJump(Bytecode.JumpIfNotUndefined, present);
            if (exhausted != null) {
                builder.bind(exhausted);
            }
            if (defaultValue instanceof Identifier id && g.scopes.needsHoleCheck(id)) {
                builder.setExpressionPosition(id.pos()); // `let [a = a] = []` reports the TDZ at the default
            }
            g.expressions.visitForAccumulator(defaultValue);
        } else if (exhausted != null) {
            builder.emitJump(Bytecode.Jump, present);
            builder.bind(exhausted);
            builder.emit(Bytecode.LdaUndefined);
        }
        builder.bind(present);
    }

    /** `...rest`: a new array of everything the iterator still yields. */
    private void restElement(Iteration it, Pattern target, Binding binding) {
        ExpressionGenerator.Reference ref = prepare(target);
        builder.setExpressionPosition(target.pos());
        builder.emit(Bytecode.CreateEmptyArrayLiteral, builder.addFeedbackSlot(FeedbackSlotKind.Literal));
        int array = g.registers.allocate();
        int index = g.registers.allocate();
        builder.emit(Bytecode.Star, array);
        Label end = new Label();
        builder.emit(Bytecode.Ldar, it.done());
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, end);
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.Star, index);
        Label loop = new Label();
        builder.bind(loop);
        callNext(it);
        builder.emit(Bytecode.GetNamedProperty, it.result(), builder.constant("done"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emitJump(Bytecode.JumpIfToBooleanTrue, end);
        builder.emit(Bytecode.GetNamedProperty, it.result(), builder.constant("value"), it.valueSlot());
        builder.emit(Bytecode.StaInArrayLiteral, array, index, builder.addFeedbackSlot(FeedbackSlotKind.SetKeyedStrict));
        builder.emit(Bytecode.Ldar, index);
        builder.emit(Bytecode.Inc, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
        builder.emit(Bytecode.Star, index);
        builder.emitJumpLoop(loop, g.loopDepth, builder.addFeedbackSlot(FeedbackSlotKind.JumpLoop));
        builder.bind(end);
        builder.emit(Bytecode.Ldar, array);
        store(target, ref, binding);
    }

    /**
     * IteratorClose (§7.4.11): calls iterator.return() if there is one. Its own exceptions, and a
     * non-object result, count only when the finally is not already rethrowing.
     */
    private void closeIterator(Iteration it, int token, Label closed) {
        int context = g.registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, context);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        builder.bind(start);
        builder.emit(Bytecode.GetNamedProperty, it.iterator(), builder.constant("return"),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        builder.emitJump(Bytecode.JumpIfUndefinedOrNull, closed);
        int method = g.registers.allocate();
        builder.emit(Bytecode.Star, method);
        builder.emit(Bytecode.CallProperty0, method, it.iterator(), builder.addFeedbackSlot(FeedbackSlotKind.Call));
        builder.emitJump(Bytecode.JumpIfJSReceiver, closed);
        int returned = g.registers.allocate();
        builder.emit(Bytecode.Star, returned);
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowIteratorResultNotAnObject.ordinal(), returned, 1);
        builder.bind(end);
        builder.emitJump(Bytecode.Jump, closed);
        builder.markHandlerTarget(handler);
        builder.bind(handler);
        int exception = context;
        builder.emit(Bytecode.Star, exception);
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.TestReferenceEqual, token);
        builder.emitJump(Bytecode.JumpIfTrue, closed);
        builder.emit(Bytecode.Ldar, exception);
        builder.emit(Bytecode.ReThrow);
        builder.addHandler(start, end, handler, context, false);
    }

    // ---- targets --------------------------------------------------------------------------------

    /** A property reference target's object (and key) in registers, before its value is read. */
    private ExpressionGenerator.Reference prepare(Pattern target) {
        if (target instanceof Expression.Member || target instanceof Expression.Index) {
            return g.expressions.prepareReference((Expression) target, null);
        }
        return null;
    }

    /** Stores acc into `target`: a name, a prepared property reference, or a nested pattern. */
    private void store(Pattern target, ExpressionGenerator.Reference ref, Binding binding) {
        if (target instanceof Identifier id) {
            Variable v = g.scopes.resolve(id);
            if (binding == Binding.INITIALIZE) {
                g.variables.initialize(v);
            } else {
                g.variables.store(v, id, id.pos(), false);
            }
        } else if (ref != null) {
            g.expressions.storeReference(ref, target.pos());
        } else {
            int nested = g.registers.allocate();
            builder.emit(Bytecode.Star, nested);
            assign(target, nested, binding, target.pos());
        }
    }
}
