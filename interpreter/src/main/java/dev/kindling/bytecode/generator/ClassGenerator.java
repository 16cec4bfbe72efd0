/*
 * Classes → bytecode, as V8's BytecodeGenerator::BuildClassLiteral does: inside the class
 * scope, CreateClosure for the constructor and each member, then one `CallRuntime
 * [DefineClass]` that makes the prototype and installs everything (it returns the prototype,
 * the constructor stays in its register). The prototype and the class are stored to the
 * hidden home-object variables when some method uses `super`, and the instance field
 * initializer (<instance_members_initializer>) is stored for the constructor to call.
 *
 * Also here: super(...) (GetSuperConstructor, ThrowIfNotSuperConstructor, Construct or
 * ConstructWithSpread with new.target, ThrowSuperAlreadyCalledIfNotHole, then the fields),
 * super.x (GetNamedPropertyFromSuper), super.m(...), field definitions, and the `this` of a
 * derived constructor, which is the hole until super() returns (ThrowSuperNotCalledIfHole).
 *
 * Where Kindling differs from V8, and why: V8 keeps the initializer on the class under a
 * private symbol (class_fields_symbol) and the constructor loads it from its own closure;
 * Kindling has no private symbols, so the initializer lives in a hidden variable of the class
 * scope (.instance_members_initializer) that the constructor reads like any captured
 * variable. V8 emits FindNonDefaultConstructorOrConstruct to skip trivial constructors;
 * Kindling always runs them (their bytecode is a single super call). A spread in super(...)
 * becomes one array passed as ConstructWithSpread's only (spread) argument.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.ClassLiteral;
import dev.kindling.frontend.ast.Expression.FunctionKind;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.Variable;
import dev.kindling.runtime.JSSymbol;

import java.util.ArrayList;
import java.util.List;

final class ClassGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    private final ExpressionGenerator x;

    ClassGenerator(BytecodeGenerator g, ExpressionGenerator x) {
        this.g = g;
        this.builder = g.builder;
        this.x = x;
    }

    /** True for the `this` of a derived constructor (or of an arrow in one): the hole until super() runs. */
    static boolean thisMayBeHole(Variable thisVariable) {
        return thisVariable != null && thisVariable.kind() == Variable.Kind.THIS
                && thisVariable.scope().node() instanceof FunctionLiteral f && f.kind() == FunctionKind.DERIVED_CONSTRUCTOR;
    }

    /** The class literal: leaves the class (its constructor) in acc. */
    void visitClass(ClassLiteral c) {
        int saved = g.enterBlockScope(c);
        Scope scope = g.scopes.scopeOf(c);
        List<Expression.ClassMember> members = c.members();
        int argumentCount = 3;
        List<Boilerplate.ClassMember> descriptions = new ArrayList<>();
        createPrivateNames(c, scope);
        for (Expression.ClassMember m : members) {
            if (m.value() == null || m.isPrivate()) {
                continue; // a computed field key (evaluated below) or a private element: not DefineClass's
            }
            argumentCount += m.computedKey() != null ? 2 : 1;
            descriptions.add(new Boilerplate.ClassMember(m.name(), switch (m.kind()) {
                case GET -> Boilerplate.ClassMemberKind.GETTER;
                case SET -> Boilerplate.ClassMemberKind.SETTER;
                default -> Boilerplate.ClassMemberKind.METHOD;
            }, m.isStatic()));
        }
        int args = g.registers.allocateList(argumentCount);
        int constructor = RegisterAllocator.nth(args, 1);
        if (c.superClass() != null) {
            x.visitForAccumulator(c.superClass());
        } else {
            builder.emit(Bytecode.LdaTheHole);
        }
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2));
        x.literals.createClosure(c.constructor(), c);
        builder.emit(Bytecode.Star, constructor);
        builder.emit(Bytecode.LdaConstant, builder.addConstant(new Boilerplate.ClassBoilerplate(descriptions)));
        builder.emit(Bytecode.Star, args);
        int next = 3;
        for (int i = 0; i < members.size(); i++) {
            Expression.ClassMember m = members.get(i);
            if (m.isPrivate()) {
                if (m.value() != null) { // a method's or accessor half's closure, made once per class
                    x.literals.createClosure(m.value());
                    storeIfUsed(scope.lookupLocal(ClassLiteral.privateValueName(i)));
                }
                continue;
            }
            if (m.value() == null) {
                x.visitForAccumulator(m.computedKey());
                storeIfUsed(scope.lookupLocal(ClassLiteral.fieldKeyName(i)));
                continue;
            }
            if (m.computedKey() != null) {
                x.visitForAccumulator(m.computedKey());
                builder.emit(Bytecode.Star, RegisterAllocator.nth(args, next++));
            }
            x.literals.createClosure(m.value());
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, next++));
        }
        builder.setExpressionPosition(c.superClass() != null ? ExpressionGenerator.startOf(c.superClass()) : c.pos());
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.DefineClass.ordinal(), args, argumentCount);
        // acc = the prototype: the home object of instance methods.
        storeIfUsed(scope.lookupLocal(ClassLiteral.HOME_OBJECT));
        Variable staticHome = scope.lookupLocal(ClassLiteral.STATIC_HOME_OBJECT);
        if (staticHome.location() != Variable.Location.UNALLOCATED) {
            builder.emit(Bytecode.Ldar, constructor);
            g.variables.initialize(staticHome);
        }
        if (c.instanceInitializer() != null) {
            x.literals.createClosure(c.instanceInitializer());
            storeIfUsed(scope.lookupLocal(ClassLiteral.INSTANCE_INITIALIZER));
        }
        Variable binding = c.name().isEmpty() ? null : scope.lookupLocal(c.name());
        if (binding != null) {
            builder.emit(Bytecode.Ldar, constructor);
            g.variables.initialize(binding);
        }
        if (c.staticInitializer() != null) {
            int initializer = g.registers.allocate();
            x.literals.createClosure(c.staticInitializer());
            builder.emit(Bytecode.Star, initializer);
            builder.emit(Bytecode.CallProperty0, initializer, constructor, builder.addFeedbackSlot(FeedbackSlotKind.Call));
        }
        builder.emit(Bytecode.Ldar, constructor);
        g.exitBlockScope(c, saved);
    }

    /**
     * One new private name per `#x` of the class, into the class scope's variable `#x`, before
     * anything of the class runs (ClassDefinitionEvaluation step 6; V8's CreatePrivateNameSymbol).
     */
    private void createPrivateNames(ClassLiteral c, Scope scope) {
        String className = !c.constructor().name().isEmpty() ? c.constructor().name() : "anonymous";
        java.util.Set<String> made = new java.util.HashSet<>();
        for (Expression.ClassMember m : c.members()) {
            if (!m.isPrivate() || !made.add(m.name())) {
                continue;
            }
            JSSymbol.PrivateKind kind = switch (m.kind()) {
                case METHOD -> JSSymbol.PrivateKind.METHOD;
                case GET, SET -> JSSymbol.PrivateKind.ACCESSOR;
                default -> JSSymbol.PrivateKind.FIELD;
            };
            int description = g.registers.allocate();
            builder.emit(Bytecode.LdaConstant, builder.addConstant(new JSSymbol.PrivateName(m.name(), kind, m.isStatic(), className)));
            builder.emit(Bytecode.Star, description);
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.CreatePrivateNameSymbol.ordinal(), description, 1);
            storeIfUsed(scope.lookupLocal(m.name()));
        }
    }

    /** Installs a private method or accessor on the initializer's receiver (CallRuntime [DefinePrivateMember]). */
    void visitDefinePrivateMember(Expression.DefinePrivateMember d) {
        int args = g.registers.allocateList(4);
        x.visitForAccumulator(d.receiver());
        builder.emit(Bytecode.Star, args);
        g.variables.load(g.scopes.resolve(d.key()), d.key(), false);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        Expression.Identifier[] halves = {d.first(), d.second()};
        for (int i = 0; i < 2; i++) {
            if (halves[i] == null) {
                builder.emit(Bytecode.LdaUndefined);
            } else {
                g.variables.load(g.scopes.resolve(halves[i]), halves[i], false);
            }
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2 + i));
        }
        builder.setExpressionPosition(d.pos());
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.DefinePrivateMember.ordinal(), args, 4);
    }

    private void storeIfUsed(Variable v) {
        if (v != null && v.location() != Variable.Location.UNALLOCATED) {
            g.variables.initialize(v);
        }
    }

    /** `name = value` in a field initializer: DefineNamedOwnProperty on the receiver (never a setter). */
    void visitDefineField(Expression.DefineField f) {
        int receiver = x.visitForRegister(f.receiver());
        if (f.value() != null) {
            x.visitForAccumulator(f.value());
        } else {
            builder.emit(Bytecode.LdaUndefined);
        }
        if (f.key() != null) {
            int value = g.registers.allocate();
            int key = g.registers.allocate();
            builder.emit(Bytecode.Star, value);
            g.variables.load(g.scopes.resolve(f.key()), f.key(), false);
            builder.emit(Bytecode.Star, key);
            builder.emit(Bytecode.Ldar, value);
            builder.setExpressionPosition(f.pos());
            builder.emit(Bytecode.DefineKeyedOwnPropertyInLiteral, receiver, key,
                    f.value() instanceof FunctionLiteral fn && fn.name().isEmpty() ? LiteralGenerator.DEFINE_SET_FUNCTION_NAME : 0,
                    builder.addFeedbackSlot(FeedbackSlotKind.DefineKeyedOwnPropertyInLiteral));
            return;
        }
        builder.setExpressionPosition(f.pos());
        builder.emit(Bytecode.DefineNamedOwnProperty, receiver, builder.constant(f.name()),
                builder.addFeedbackSlot(FeedbackSlotKind.DefineNamedOwn));
    }

    /** `static { ... }`: its function called with the class as receiver. */
    void visitStaticBlock(Expression.StaticBlock b) {
        int receiver = x.visitForRegister(b.receiver());
        int block = g.registers.allocate();
        x.literals.createClosure(b.body());
        builder.emit(Bytecode.Star, block);
        builder.emit(Bytecode.CallProperty0, block, receiver, builder.addFeedbackSlot(FeedbackSlotKind.Call));
    }

    /** Calls the class's <instance_members_initializer> with the new instance as receiver. */
    void visitInitializeFields(Expression.InitializeFields f) {
        int receiver = x.visitForRegister(f.receiver());
        int initializer = g.registers.allocate();
        g.variables.load(g.scopes.resolve(f.initializer()), f.initializer(), false);
        builder.emit(Bytecode.Star, initializer);
        builder.emit(Bytecode.CallProperty0, initializer, receiver, builder.addFeedbackSlot(FeedbackSlotKind.Call));
    }

    /** `super(args)`: constructs the parent with this function's new.target, then binds `this`. */
    void visitSuperCall(Expression.SuperCall call) {
        g.variables.load(g.scopes.resolve(call.thisFunction()), call.thisFunction(), false);
        int constructor = g.registers.allocate();
        builder.emit(Bytecode.GetSuperConstructor, constructor);
        builder.setExpressionPosition(call.pos());
        builder.emit(Bytecode.ThrowIfNotSuperConstructor, constructor);
        boolean spread = LiteralGenerator.hasSpread(call.arguments());
        int list;
        int count;
        if (spread) {
            list = x.literals.buildArrayWithSpread(call.arguments());
            count = 1;
        } else {
            count = call.arguments().size();
            list = g.registers.allocateList(count);
            for (int i = 0; i < count; i++) {
                x.visitForAccumulator(call.arguments().get(i));
                builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i));
            }
        }
        g.variables.load(g.scopes.resolve(call.newTarget()), call.newTarget(), false);
        int slot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.setExpressionPosition(call.pos());
        builder.emit(spread ? Bytecode.ConstructWithSpread : Bytecode.Construct, constructor, list, count, slot);
        int result = g.registers.allocate();
        builder.emit(Bytecode.Star, result);
        Variable thisVariable = g.scopes.resolve(call.receiver());
        g.variables.load(thisVariable, call.receiver(), false);
        builder.setExpressionPosition(call.pos());
        builder.emit(Bytecode.ThrowSuperAlreadyCalledIfNotHole);
        builder.emit(Bytecode.Ldar, result);
        g.variables.initialize(thisVariable);
        if (call.fields() != null) {
            visitInitializeFields(call.fields());
            builder.emit(Bytecode.Ldar, result);
        }
    }

    /** `super.name` or `super[key]`: acc = the property, looked up from the home object's prototype. */
    void visitSuperProperty(Expression.SuperProperty p) {
        int receiver = x.visitForRegister(p.receiver());
        loadSuperProperty(p, receiver, p.key() == null ? 0 : x.visitForRegister(p.key()));
    }

    /** acc = super.name / super[key] with the receiver (and key) already in registers. */
    void loadSuperProperty(Expression.SuperProperty p, int receiver, int key) {
        if (p.key() != null) {
            int args = g.registers.allocateList(3);
            builder.emit(Bytecode.Mov, receiver, args);
            g.variables.load(g.scopes.resolve(p.homeObject()), p.homeObject(), false);
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
            builder.emit(Bytecode.Mov, key, RegisterAllocator.nth(args, 2));
            builder.setExpressionPosition(p.pos());
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.LoadKeyedFromSuper.ordinal(), args, 3);
            return;
        }
        g.variables.load(g.scopes.resolve(p.homeObject()), p.homeObject(), false);
        builder.setExpressionPosition(p.pos());
        builder.emit(Bytecode.GetNamedPropertyFromSuper, receiver, builder.constant(p.name()),
                builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
    }

    /** `super.name = acc` / `super[key] = acc` (V8's StoreToSuper): [[Set]] on the home object's prototype. */
    void storeSuperProperty(Expression.SuperProperty p, int receiver, int key, int position) {
        int mark = g.registers.mark();
        int args = g.registers.allocateList(4);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 3));
        builder.emit(Bytecode.Mov, receiver, args);
        if (p.key() != null) {
            builder.emit(Bytecode.Mov, key, RegisterAllocator.nth(args, 2));
        } else {
            builder.emit(Bytecode.LdaConstant, builder.constant(p.name()));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 2));
        }
        g.variables.load(g.scopes.resolve(p.homeObject()), p.homeObject(), false);
        builder.emit(Bytecode.Star, RegisterAllocator.nth(args, 1));
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.StoreToSuper.ordinal(), args, 4);
        g.registers.release(mark);
    }

    /** `super.m(args)`: the method found from the home object's prototype, called with `this`. */
    void visitSuperPropertyCall(Expression.Call c) {
        Expression.SuperProperty callee = (Expression.SuperProperty) c.callee();
        int receiver = x.visitForRegister(callee.receiver());
        List<Expression> args = c.arguments();
        if (LiteralGenerator.hasSpread(args)) {
            int list = g.registers.allocateList(3);
            visitSuperProperty(callee);
            builder.emit(Bytecode.Star, list);
            builder.emit(Bytecode.Mov, receiver, RegisterAllocator.nth(list, 1));
            builder.emit(Bytecode.Mov, x.literals.buildArrayWithSpread(args), RegisterAllocator.nth(list, 2));
            builder.setExpressionPosition(c.pos());
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.CallWithArgumentArray.ordinal(), list, 3);
            return;
        }
        int function = g.registers.allocate();
        visitSuperProperty(callee);
        builder.emit(Bytecode.Star, function);
        int list = g.registers.allocateList(args.size() + 1);
        builder.emit(Bytecode.Mov, receiver, list);
        for (int i = 0; i < args.size(); i++) {
            x.visitForAccumulator(args.get(i));
            builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i + 1));
        }
        int slot = builder.addFeedbackSlot(FeedbackSlotKind.Call);
        builder.setExpressionPosition(callee.pos());
        builder.emit(Bytecode.CallAnyReceiver, function, list, args.size() + 1, slot);
    }

    /**
     * What a derived constructor returns (ECMA-262 [[Construct]] step 10-12): an object as it
     * is, otherwise `this`, which must have been bound by super(). acc holds the value.
     */
    void derivedConstructorReturn(boolean valueMayBeObject, int position) {
        Label done = new Label();
        if (valueMayBeObject) {
            builder.emitJump(Bytecode.JumpIfNotUndefined, done);
        }
        FunctionLiteral fn = g.shared.literal();
        Variable thisVariable = g.scopes.scopeOf(fn).lookupLocal(dev.kindling.frontend.scope.ScopeAnalyzer.THIS);
        g.variables.load(thisVariable, new Expression.This(position), false);
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.ThrowSuperNotCalledIfHole);
        builder.bind(done);
    }
}
