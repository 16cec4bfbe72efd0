/*
 * Literals and closures → bytecode: numbers and strings come from ExpressionGenerator; here are
 * template literals, array and object literals (a constant boilerplate plus stores for the
 * rest, spreads by appending), and CreateClosure for function literals.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.runtime.Oddball;

import java.util.ArrayList;
import java.util.List;

final class LiteralGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    private final ExpressionGenerator x;

    LiteralGenerator(BytecodeGenerator g, ExpressionGenerator x) {
        this.g = g;
        this.builder = g.builder;
        this.x = x;
    }

    /**
     * CreateClosure's flags, as V8's CreateClosureFlags: bit 1 (#2) is "fast new closure"
     * (allocate in the young generation without a runtime call). Kindling has no pretenuring,
     * so every closure is made the fast way and the flag is always #2.
     */
    private static final int CREATE_CLOSURE_FAST = 2;

    void createClosure(FunctionLiteral fn) {
        createClosure(fn, null);
    }

    /** CreateClosure; for a class constructor, `cls` is its class (the function's source text). */
    void createClosure(FunctionLiteral fn, Expression.ClassLiteral cls) {
        SharedFunctionInfo shared = new SharedFunctionInfo(g.shared.script(), fn, cls);
        builder.emit(Bytecode.CreateClosure, builder.addConstant(shared), builder.addClosureCell(), CREATE_CLOSURE_FAST);
    }

    /**
     * `a${x}b${y}`: the string parts and ToString of each substitution joined by Add into one
     * register, left to right; one feedback slot for the whole literal, as in V8. The last
     * Add leaves the result in acc.
     */
    void visitTemplate(Expression.TemplateLiteral t) {
        if (t.expressions().isEmpty()) {
            builder.emit(Bytecode.LdaConstant, builder.constant(t.quasis().get(0)));
            return;
        }
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; i < t.quasis().size(); i++) {
            if (!t.quasis().get(i).isEmpty()) {
                parts.add(new Expression.StringLiteral(t.pos(), t.quasis().get(i)));
            }
            if (i < t.expressions().size()) {
                parts.add(t.expressions().get(i));
            }
        }
        int result = g.registers.allocate();
        int slot = -1;
        for (int i = 0; i < parts.size(); i++) {
            Expression part = parts.get(i);
            x.visitForAccumulator(part);
            if (!(part instanceof Expression.StringLiteral)) {
                builder.setExpressionPosition(part.pos()); // a symbol substitution throws here
                builder.emit(Bytecode.ToString);
            }
            if (i > 0) {
                if (slot < 0) {
                    slot = builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp);
                }
                builder.emit(Bytecode.Add, result, slot);
            }
            if (i < parts.size() - 1) {
                builder.emit(Bytecode.Star, result);
            }
        }
    }

    private static Object constantValue(Expression e) {
        if (e instanceof Expression.NumberLiteral n) {
            return dev.kindling.runtime.Numbers.normalize(n.value());
        }
        if (e instanceof Expression.StringLiteral s) {
            return s.value();
        }
        if (e instanceof Expression.BooleanLiteral b) {
            return b.value();
        }
        if (e instanceof Expression.NullLiteral) {
            return Oddball.NULL;
        }
        return null;
    }

    static boolean hasSpread(List<Expression> expressions) {
        for (Expression e : expressions) {
            if (e instanceof Expression.Spread) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds a new array from `elements` where some are spreads: each value is appended, each
     * spread appends what its iterable yields (V8 builds these with a running index; we
     * append). Leaves the array in a register and returns it.
     */
    int buildArrayWithSpread(List<Expression> elements) {
        int array = g.registers.allocate();
        builder.emit(Bytecode.CreateEmptyArrayLiteral, builder.addFeedbackSlot(FeedbackSlotKind.Literal));
        builder.emit(Bytecode.Star, array);
        for (Expression e : elements) {
            int mark = g.registers.mark();
            int args = g.registers.allocateList(2);
            builder.emit(Bytecode.Mov, array, args);
            RuntimeFunction append = RuntimeFunction.AppendElement;
            if (e == null) {
                builder.emit(Bytecode.LdaTheHole);
            } else if (e instanceof Expression.Spread sp) {
                x.visitForAccumulator(sp.argument());
                builder.setExpressionPosition(sp.argument().pos());
                append = RuntimeFunction.AppendSpread;
            } else {
                x.visitForAccumulator(e);
            }
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            builder.emit(Bytecode.CallRuntime, append.ordinal(), args, 2);
            g.registers.release(mark);
        }
        return array;
    }

    void visitArrayLiteral(Expression.ArrayLiteral a) {
        if (hasSpread(a.elements())) {
            builder.emit(Bytecode.Ldar, buildArrayWithSpread(a.elements()));
            return;
        }
        int literalSlot = builder.addFeedbackSlot(FeedbackSlotKind.Literal);
        if (a.elements().isEmpty()) {
            builder.emit(Bytecode.CreateEmptyArrayLiteral, literalSlot);
            return;
        }
        List<Object> elements = new ArrayList<>();
        for (Expression el : a.elements()) {
            elements.add(el == null ? Oddball.THE_HOLE : constantValue(el));
        }
        builder.emit(Bytecode.CreateArrayLiteral, builder.addConstant(new Boilerplate.ArrayLiteral(elements)), literalSlot, 0);
        if (elements.stream().noneMatch(x -> x == null)) {
            return;
        }
        int array = g.registers.allocate();
        int index = g.registers.allocate();
        builder.emit(Bytecode.Star, array);
        int storeSlot = -1; // one store feedback slot for the literal's element stores, as in V8
        for (int i = 0; i < a.elements().size(); i++) {
            if (elements.get(i) != null) {
                continue;
            }
            if (storeSlot < 0) {
                storeSlot = builder.addFeedbackSlot(FeedbackSlotKind.SetKeyedStrict);
            }
            x.loadNumber(i);
            builder.emit(Bytecode.Star, index);
            x.visitForAccumulator(a.elements().get(i));
            builder.emit(Bytecode.StaInArrayLiteral, array, index, storeSlot);
        }
        builder.emit(Bytecode.Ldar, array);
    }

    void visitObjectLiteral(Expression.ObjectLiteral o) {
        int literalSlot = builder.addFeedbackSlot(FeedbackSlotKind.Literal);
        if (o.properties().isEmpty()) {
            builder.emit(Bytecode.CreateEmptyObjectLiteral);
            return;
        }
        // The boilerplate: static data properties up to the first computed key or accessor.
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        int staticCount = 0;
        for (Expression.Property p : o.properties()) {
            if (p.computedKey() != null || p.kind() == Expression.PropertyKind.GET || p.kind() == Expression.PropertyKind.SET
                    || p.kind() == Expression.PropertyKind.SPREAD || isProtoSetter(p)) {
                break;
            }
            staticCount++;
            int at = names.indexOf(p.name());
            if (at < 0) {
                names.add(p.name());
                values.add(constantValue(p.value()));
            } else {
                values.set(at, constantValue(p.value()));
            }
        }
        // Methods that use `super` find the literal in a hidden variable of a scope around it.
        int savedContext = g.enterBlockScope(o);
        builder.emit(Bytecode.CreateObjectLiteral, builder.addConstant(new Boilerplate.ObjectLiteral(names, values)),
                literalSlot, 0);
        int object = g.registers.allocate();
        builder.emit(Bytecode.Star, object);
        dev.kindling.frontend.scope.Scope homeScope = g.scopes.scopeOf(o);
        if (homeScope != null) {
            dev.kindling.frontend.scope.Variable home = homeScope.lookupLocal(Expression.ClassLiteral.HOME_OBJECT);
            if (home.location() != dev.kindling.frontend.scope.Variable.Location.UNALLOCATED) {
                g.variables.initialize(home);
            }
        }
        for (int i = 0; i < o.properties().size(); i++) {
            Expression.Property p = o.properties().get(i);
            if (i < staticCount) {
                boolean constant = constantValue(p.value()) != null;
                if (!isLastDefinition(o, i, staticCount)) {
                    if (!constant) {
                        x.visitForEffect(p.value()); // overridden by a later definition, but evaluated
                    }
                    continue;
                }
                if (constant) {
                    continue; // already in the boilerplate
                }
                x.visitForAccumulator(p.value());
                builder.emit(Bytecode.DefineNamedOwnProperty, object, builder.constant(p.name()),
                        builder.addFeedbackSlot(FeedbackSlotKind.DefineNamedOwn));
                continue;
            }
            if (p.kind() == Expression.PropertyKind.SPREAD || isProtoSetter(p)) {
                int mark = g.registers.mark();
                int args = g.registers.allocateList(2);
                builder.emit(Bytecode.Mov, object, args);
                x.visitForAccumulator(p.value());
                builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
                builder.emit(Bytecode.CallRuntime, (p.kind() == Expression.PropertyKind.SPREAD
                        ? RuntimeFunction.CopyDataProperties : RuntimeFunction.InternalSetPrototype).ordinal(), args, 2);
                g.registers.release(mark);
                continue;
            }
            int mark = g.registers.mark();
            int key = g.registers.allocate();
            if (p.computedKey() != null) {
                x.visitForAccumulator(p.computedKey());
            } else {
                builder.emit(Bytecode.LdaConstant, builder.constant(p.name()));
            }
            builder.emit(Bytecode.Star, key);
            if (p.kind() == Expression.PropertyKind.GET || p.kind() == Expression.PropertyKind.SET) {
                int args = g.registers.allocateList(4);
                builder.emit(Bytecode.Mov, object, args);
                builder.emit(Bytecode.Mov, key, RegisterAllocator.nth(args, 1));
                x.visitForAccumulator(p.value());
                builder.emit(Bytecode.Star, RegisterAllocator.nth(args, p.kind() == Expression.PropertyKind.GET ? 2 : 3));
                builder.emit(Bytecode.LdaNull);
                builder.emit(Bytecode.Star, RegisterAllocator.nth(args, p.kind() == Expression.PropertyKind.GET ? 3 : 2));
                builder.emit(Bytecode.CallRuntime, RuntimeFunction.DefineAccessorPropertyUnchecked.ordinal(), args, 4);
            } else {
                x.visitForAccumulator(p.value());
                builder.emit(Bytecode.DefineKeyedOwnPropertyInLiteral, object, key,
                        isAnonymousFunction(p.value()) ? DEFINE_SET_FUNCTION_NAME : 0,
                        builder.addFeedbackSlot(FeedbackSlotKind.DefineKeyedOwnPropertyInLiteral));
            }
            g.registers.release(mark);
        }
        builder.emit(Bytecode.Ldar, object);
        g.exitBlockScope(o, savedContext);
    }

    /** `__proto__: value` (not shorthand, not computed) sets the prototype (ECMA-262 Annex B.3.1). */
    private static boolean isProtoSetter(Expression.Property p) {
        return p.kind() == Expression.PropertyKind.INIT && !p.shorthand() && p.computedKey() == null
                && "__proto__".equals(p.name());
    }

    /** DefineKeyedOwnPropertyInLiteral flag: name the anonymous function value after the key (V8's kSetFunctionName). */
    static final int DEFINE_SET_FUNCTION_NAME = 1;

    private static boolean isAnonymousFunction(Expression e) {
        return e instanceof FunctionLiteral fn && fn.name().isEmpty();
    }

    /** A constant static property is in the boilerplate unless a later one of the same name wins. */
    private static boolean isLastDefinition(Expression.ObjectLiteral o, int i, int staticCount) {
        String name = o.properties().get(i).name();
        for (int j = i + 1; j < staticCount; j++) {
            if (name.equals(o.properties().get(j).name())) {
                return false;
            }
        }
        return true;
    }
}
