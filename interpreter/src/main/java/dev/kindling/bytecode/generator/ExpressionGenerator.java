/*
 * Expressions → bytecode, in V8's three result contexts: visitForAccumulator (the value ends
 * up in acc), visitForEffect (value unused) and visitForTest (branch to labels). Operators,
 * property access and assignments are here; literals and closures are in LiteralGenerator,
 * calls in CallGenerator, names go through VariableAccess.
 *
 * Evaluation order is the spec's: left before right, the callee and receiver before the
 * arguments, the object before the key before the value.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.BinaryOp;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Expression.Identifier;
import dev.kindling.frontend.scope.Variable;

import java.util.List;

final class ExpressionGenerator {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;
    /** Where an optional chain short-circuits to, while inside one. */
    Label optionalChainEnd;
    final LiteralGenerator literals;
    final CallGenerator calls;
    final ClassGenerator classes;
    /** V8's FeedbackSlotCache: loads of one name from one variable share a slot. */
    private final java.util.Map<java.util.List<Object>, Integer> loadSlots = new java.util.HashMap<>();

    /**
     * The feedback slot of a named load `object.name`: shared by every load of that name from
     * the same variable in this function (as V8 shares them), otherwise a new one.
     */
    int namedLoadSlot(Expression object, String name) {
        Variable v = object instanceof Identifier id ? g.scopes.resolve(id) : null;
        if (v == null) {
            return builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty);
        }
        return loadSlots.computeIfAbsent(java.util.List.of(v, name),
                k -> builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
    }

    /** The shared feedback slot of global loads of `name` (LdaGlobal and LdaGlobalInsideTypeof apart). */
    int globalLoadSlot(FeedbackSlotKind kind, String name) {
        return loadSlots.computeIfAbsent(java.util.List.of(kind, name), k -> builder.addFeedbackSlot(kind));
    }

    ExpressionGenerator(BytecodeGenerator g) {
        this.g = g;
        this.builder = g.builder;
        this.literals = new LiteralGenerator(g, this);
        this.calls = new CallGenerator(g, this);
        this.classes = new ClassGenerator(g, this);
    }

    /** The offset where an expression's source text starts (records keep V8's report offsets). */
    static int startOf(Expression e) {
        if (e instanceof Expression.Binary b) {
            return startOf(b.left());
        }
        if (e instanceof Expression.Logical l) {
            return startOf(l.left());
        }
        if (e instanceof Expression.Assign a) {
            return startOf(a.target());
        }
        if (e instanceof Expression.Conditional c) {
            return startOf(c.test());
        }
        if (e instanceof Expression.Member m) {
            return startOf(m.object());
        }
        if (e instanceof Expression.Index i) {
            return startOf(i.object());
        }
        if (e instanceof Expression.Call c) {
            return startOf(c.callee());
        }
        if (e instanceof Expression.Update u && !u.prefix()) {
            return Math.min(u.pos(), startOf(u.target()));
        }
        if (e instanceof Expression.Sequence s) {
            return startOf(s.expressions().get(0));
        }
        if (e instanceof Expression.OptionalChain c) {
            return startOf(c.expression());
        }
        return e.pos();
    }

    // =========================================================================================
    // Result contexts
    // =========================================================================================

    void visitForEffect(Expression e) {
        if (e instanceof Expression.Assign a && DestructuringGenerator.isPattern(a.target())) {
            new DestructuringGenerator(g).assignment(a, false);
        } else if (e instanceof Expression.Update u) {
            visitUpdate(u, false);
        } else if (e instanceof Expression.Sequence s) {
            for (Expression x : s.expressions()) {
                visitForEffect(x);
            }
        } else {
            visitForAccumulator(e);
        }
    }

    /**
     * Evaluates `e` into a register: a local variable's own register if possible — unless one
     * of the expressions evaluated `later` (before the register is read) assigns that variable,
     * as in `z * (z = 3)`, where the old value must be copied first.
     */
    int visitForRegister(Expression e, Expression... later) {
        if (e instanceof Identifier id) {
            Variable v = g.scopes.resolve(id);
            int r = VariableAccess.registerOf(v);
            if (r != 0 && !g.scopes.needsHoleCheck(id) && !assignsTo(v, later)) {
                return r;
            }
        } else if (e instanceof Expression.This t) {
            Variable v = g.scopes.resolve(t);
            int r = VariableAccess.registerOf(v);
            if (r != 0 && !ClassGenerator.thisMayBeHole(v)) {
                return r;
            }
        }
        visitForAccumulator(e);
        int r = g.registers.allocate();
        builder.emit(Bytecode.Star, r);
        return r;
    }

    /** True if evaluating any of `expressions` may assign the register variable `v`. */
    private boolean assignsTo(Variable v, Expression... expressions) {
        for (Expression e : expressions) {
            if (e != null && Children.find(e, n -> n instanceof FunctionLiteral ? false
                    : n instanceof Expression.Assign a && a.target() instanceof Identifier t && g.scopes.resolve(t) == v
                    || n instanceof Expression.Update u && u.target() instanceof Identifier t2 && g.scopes.resolve(t2) == v,
                    n -> !(n instanceof FunctionLiteral)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Evaluates `e` as a condition: jumps to `then` when true and `otherwise` when false.
     * `fallThroughToThen` says which label is bound right after, so its jump can be omitted.
     */
    void visitForTest(Expression e, Label then, Label otherwise, boolean fallThroughToThen) {
        if (e instanceof Expression.Unary u && u.op() == Expression.UnaryOp.NOT) {
            visitForTest(u.operand(), otherwise, then, !fallThroughToThen);
            return;
        }
        if (e instanceof Expression.Logical l && l.op() != Expression.LogicalOp.NULLISH) {
            Label right = new Label();
            if (l.op() == Expression.LogicalOp.AND) {
                visitForTest(l.left(), right, otherwise, true);
            } else {
                visitForTest(l.left(), then, right, false);
            }
            builder.bind(right);
            visitForTest(l.right(), then, otherwise, fallThroughToThen);
            return;
        }
        visitForAccumulator(e);
        boolean isBoolean = e instanceof Expression.Binary b && isComparison(b.op())
                || e instanceof Expression.BooleanLiteral;
        if (fallThroughToThen) {
            builder.emitJump(isBoolean ? Bytecode.JumpIfFalse : Bytecode.JumpIfToBooleanFalse, otherwise);
        } else {
            builder.emitJump(isBoolean ? Bytecode.JumpIfTrue : Bytecode.JumpIfToBooleanTrue, then);
            builder.emitJump(Bytecode.Jump, otherwise);
        }
    }

    private static boolean isComparison(BinaryOp op) {
        return switch (op) {
            case EQ, NE, STRICT_EQ, STRICT_NE, LT, GT, LE, GE, IN, INSTANCEOF -> true;
            default -> false;
        };
    }

    void visitForAccumulator(Expression e) {
        if (e instanceof Expression.NumberLiteral n) {
            loadNumber(n.value());
        } else if (e instanceof Expression.StringLiteral s) {
            builder.emit(Bytecode.LdaConstant, builder.constant(s.value()));
        } else if (e instanceof Expression.BooleanLiteral b) {
            builder.emit(b.value() ? Bytecode.LdaTrue : Bytecode.LdaFalse);
        } else if (e instanceof Expression.NullLiteral) {
            builder.emit(Bytecode.LdaNull);
        } else if (e instanceof Identifier id) {
            g.variables.load(g.scopes.resolve(id), id, false);
        } else if (e instanceof Expression.This t) {
            Variable v = g.scopes.resolve(t);
            int r = VariableAccess.registerOf(v);
            if (r != 0) {
                builder.emit(Bytecode.Ldar, r);
            } else {
                g.variables.load(v, t, false);
            }
            if (ClassGenerator.thisMayBeHole(v)) {
                builder.setExpressionPosition(t.pos());
                builder.emit(Bytecode.ThrowSuperNotCalledIfHole);
            }
        } else if (e instanceof Expression.RegExpLiteral re) {
            // V8's VisitRegExpLiteral: pattern constant, literal slot, flags.
            builder.emit(Bytecode.CreateRegExpLiteral, builder.constant(re.pattern()),
                    builder.addFeedbackSlot(FeedbackSlotKind.Literal),
                    dev.kindling.regexp.RegExpFlags.parse(re.flags()).bits());
        } else if (e instanceof Expression.TemplateLiteral t) {
            literals.visitTemplate(t);
        } else if (e instanceof Expression.TemplateObject t) {
            builder.emit(Bytecode.GetTemplateObject,
                    builder.constant(new Boilerplate.TemplateObjectDescription(t.cooked(), t.raw())));
        } else if (e instanceof Expression.ArrayLiteral a) {
            literals.visitArrayLiteral(a);
        } else if (e instanceof Expression.ObjectLiteral o) {
            literals.visitObjectLiteral(o);
        } else if (e instanceof FunctionLiteral fn) {
            literals.createClosure(fn);
        } else if (e instanceof Expression.Unary u) {
            visitUnary(u);
        } else if (e instanceof Expression.Update u) {
            visitUpdate(u, true);
        } else if (e instanceof Expression.Binary b) {
            visitBinary(b);
        } else if (e instanceof Expression.Logical l) {
            visitLogical(l);
        } else if (e instanceof Expression.Conditional c) {
            Label then = new Label();
            Label otherwise = new Label();
            Label end = new Label();
            visitForTest(c.test(), then, otherwise, true);
            builder.bind(then);
            visitForAccumulator(c.consequent());
            builder.emitJump(Bytecode.Jump, end);
            builder.bind(otherwise);
            visitForAccumulator(c.alternate());
            builder.bind(end);
        } else if (e instanceof Expression.Assign a) {
            visitAssign(a);
        } else if (e instanceof Expression.Sequence s) {
            List<Expression> xs = s.expressions();
            for (int i = 0; i < xs.size() - 1; i++) {
                visitForEffect(xs.get(i));
            }
            visitForAccumulator(xs.get(xs.size() - 1));
        } else if (e instanceof Expression.Member m) {
            int object = visitObjectOf(m.object(), m.optional());
            builder.setExpressionPosition(m.pos());
            builder.emit(Bytecode.GetNamedProperty, object, builder.constant(m.name()), namedLoadSlot(m.object(), m.name()));
        } else if (e instanceof Expression.Index i) {
            int object = visitObjectOf(i.object(), i.optional(), i.key());
            visitForAccumulator(i.key());
            builder.setExpressionPosition(i.pos());
            builder.emit(Bytecode.GetKeyedProperty, object, builder.addFeedbackSlot(FeedbackSlotKind.LoadKeyed));
        } else if (e instanceof Expression.Call c) {
            calls.visitCall(c);
        } else if (e instanceof Expression.New n) {
            calls.visitNew(n);
        } else if (e instanceof Expression.OptionalChain c) {
            Label saved = optionalChainEnd;
            Label end = new Label();
            Label done = new Label();
            optionalChainEnd = end;
            visitForAccumulator(c.expression());
            optionalChainEnd = saved;
            builder.emitJump(Bytecode.Jump, done);
            builder.bind(end);
            builder.emit(Bytecode.LdaUndefined);
            builder.bind(done);
        } else if (e instanceof Expression.NativeCall n) {
            Natives.visitNativeCall(g, this, n);
        } else if (e instanceof Expression.Yield y) {
            g.yields.visitYield(y);
        } else if (e instanceof Expression.Await a) {
            g.awaits.visitAwait(a);
        } else if (e instanceof Expression.ClassLiteral c) {
            classes.visitClass(c);
        } else if (e instanceof Expression.SuperCall c) {
            classes.visitSuperCall(c);
        } else if (e instanceof Expression.SuperProperty p) {
            classes.visitSuperProperty(p);
        } else if (e instanceof Expression.DefineField f) {
            classes.visitDefineField(f);
        } else if (e instanceof Expression.DefinePrivateMember d) {
            classes.visitDefinePrivateMember(d);
        } else if (e instanceof Expression.StaticBlock b) {
            classes.visitStaticBlock(b);
        } else if (e instanceof Expression.InitializeFields f) {
            classes.visitInitializeFields(f);
        } else {
            throw g.error(e.pos(), "Unsupported expression");
        }
    }

    /** The object of a property access in a register; `?.` short-circuits on null/undefined. */
    private int visitObjectOf(Expression object, boolean optional, Expression... later) {
        int r = visitForRegister(object, later);
        if (optional) {
            builder.emit(Bytecode.Ldar, r);
            builder.emitJump(Bytecode.JumpIfUndefinedOrNull, optionalChainEnd);
        }
        return r;
    }

    void loadNumber(double value) {
        int i = (int) value;
        if (i == value && !(i == 0 && 1 / value < 0)) {
            if (i == 0) {
                builder.emit(Bytecode.LdaZero);
            } else {
                builder.emit(Bytecode.LdaSmi, i);
            }
        } else {
            builder.emit(Bytecode.LdaConstant, builder.constant(value));
        }
    }

    /** CreateClosure for a function literal (also used to hoist function declarations). */
    void createClosure(FunctionLiteral fn) {
        literals.createClosure(fn);
    }

    // =========================================================================================
    // Operators
    // =========================================================================================

    private void visitUnary(Expression.Unary u) {
        switch (u.op()) {
            case NOT -> {
                visitForAccumulator(u.operand());
                builder.emit(Bytecode.ToBooleanLogicalNot);
            }
            case MINUS -> {
                if (u.operand() instanceof Expression.NumberLiteral n) {
                    loadNumber(-n.value());
                    return;
                }
                visitForAccumulator(u.operand());
                builder.setExpressionPosition(u.pos());
                builder.emit(Bytecode.Negate, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
            }
            case PLUS -> {
                visitForAccumulator(u.operand());
                builder.setExpressionPosition(u.pos());
                builder.emit(Bytecode.ToNumeric, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
            }
            case BIT_NOT -> {
                visitForAccumulator(u.operand());
                builder.setExpressionPosition(u.pos());
                builder.emit(Bytecode.BitwiseNot, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
            }
            case TYPEOF -> {
                if (u.operand() instanceof Identifier id) {
                    g.variables.load(g.scopes.resolve(id), id, true);
                } else {
                    visitForAccumulator(u.operand());
                }
                builder.emit(Bytecode.TypeOf);
            }
            case VOID -> {
                visitForEffect(u.operand());
                builder.emit(Bytecode.LdaUndefined);
            }
            case DELETE -> visitDelete(u);
        }
    }

    private void visitDelete(Expression.Unary u) {
        Expression target = u.operand() instanceof Expression.OptionalChain c ? c.expression() : u.operand();
        Bytecode delete = g.strict ? Bytecode.DeletePropertyStrict : Bytecode.DeletePropertySloppy;
        if (target instanceof Expression.Member m) {
            int object = visitForRegister(m.object());
            builder.emit(Bytecode.LdaConstant, builder.constant(m.name()));
            builder.setExpressionPosition(u.pos());
            builder.emit(delete, object);
        } else if (target instanceof Expression.Index i) {
            int object = visitForRegister(i.object());
            visitForAccumulator(i.key());
            builder.setExpressionPosition(u.pos());
            builder.emit(delete, object);
        } else if (target instanceof Identifier id && (g.scopes.resolve(id) == null || g.scopes.isDynamic(id))) {
            // A global: delete it from the global object (sloppy code only; strict is an early
            // error). A name a sloppy eval may bind: whatever binding it finds (DeleteLookupSlot).
            int args = g.registers.allocateList(1);
            builder.emit(Bytecode.LdaConstant, builder.constant(id.name()));
            builder.emit(Bytecode.Star, args);
            builder.emit(Bytecode.CallRuntime, (g.scopes.isDynamic(id) ? RuntimeFunction.DeleteLookupSlot
                    : RuntimeFunction.DeleteGlobal).ordinal(), args, 1);
        } else if (target instanceof Identifier) {
            builder.emit(Bytecode.LdaFalse);
        } else {
            visitForEffect(target);
            builder.emit(Bytecode.LdaTrue);
        }
    }

    private static Bytecode binaryBytecode(BinaryOp op) {
        return switch (op) {
            case ADD -> Bytecode.Add;
            case SUB -> Bytecode.Sub;
            case MUL -> Bytecode.Mul;
            case DIV -> Bytecode.Div;
            case MOD -> Bytecode.Mod;
            case EXP -> Bytecode.Exp;
            case BIT_OR -> Bytecode.BitwiseOr;
            case BIT_XOR -> Bytecode.BitwiseXor;
            case BIT_AND -> Bytecode.BitwiseAnd;
            case SHL -> Bytecode.ShiftLeft;
            case SAR -> Bytecode.ShiftRight;
            case SHR -> Bytecode.ShiftRightLogical;
            default -> null;
        };
    }

    private static Bytecode smiBytecode(BinaryOp op) {
        return switch (op) {
            case ADD -> Bytecode.AddSmi;
            case SUB -> Bytecode.SubSmi;
            case MUL -> Bytecode.MulSmi;
            case DIV -> Bytecode.DivSmi;
            case MOD -> Bytecode.ModSmi;
            case EXP -> Bytecode.ExpSmi;
            case BIT_OR -> Bytecode.BitwiseOrSmi;
            case BIT_XOR -> Bytecode.BitwiseXorSmi;
            case BIT_AND -> Bytecode.BitwiseAndSmi;
            case SHL -> Bytecode.ShiftLeftSmi;
            case SAR -> Bytecode.ShiftRightSmi;
            case SHR -> Bytecode.ShiftRightLogicalSmi;
            default -> null;
        };
    }

    /** The int value of a literal that fits V8's Smi immediate, or null. */
    private static Integer smiLiteral(Expression e) {
        if (e instanceof Expression.NumberLiteral n) {
            int i = (int) n.value();
            if (i == n.value() && !(i == 0 && 1 / n.value() < 0)) {
                return i;
            }
        }
        return null;
    }

    private void visitBinary(Expression.Binary b) {
        Bytecode arithmetic = binaryBytecode(b.op());
        if (arithmetic != null) {
            // V8 numbers feedback slots in evaluation order along a chain of one operator
            // (`a + b + c`, its NaryOperation) and before the operands otherwise.
            boolean chain = b.left() instanceof Expression.Binary lb && lb.op() == b.op();
            int slot = chain ? -1 : builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp);
            Integer smi = smiLiteral(b.right());
            if (smi != null) {
                visitForAccumulator(b.left());
                if (chain) {
                    slot = builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp);
                }
                builder.setExpressionPosition(b.pos());
                builder.emit(smiBytecode(b.op()), smi, slot);
                return;
            }
            int left = visitForRegister(b.left(), b.right());
            if (chain) {
                slot = builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp);
            }
            visitForAccumulator(b.right());
            builder.setExpressionPosition(b.pos());
            builder.emit(arithmetic, left, slot);
            return;
        }
        // x === null / undefined and x == null compile to single tests, as in V8.
        if ((b.op() == BinaryOp.STRICT_EQ || b.op() == BinaryOp.EQ || b.op() == BinaryOp.STRICT_NE
                || b.op() == BinaryOp.NE) && isNullOrUndefined(b.right())) {
            visitForAccumulator(b.left());
            boolean loose = b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE;
            builder.emit(loose ? Bytecode.TestUndetectable
                    : b.right() instanceof Expression.NullLiteral ? Bytecode.TestNull : Bytecode.TestUndefined);
            if (b.op() == BinaryOp.STRICT_NE || b.op() == BinaryOp.NE) {
                builder.emit(Bytecode.LogicalNot);
            }
            return;
        }
        int slot = builder.addFeedbackSlot(b.op() == BinaryOp.INSTANCEOF ? FeedbackSlotKind.InstanceOf
                : b.op() == BinaryOp.IN ? FeedbackSlotKind.LoadKeyed : FeedbackSlotKind.CompareOp);
        int left = visitForRegister(b.left(), b.right());
        visitForAccumulator(b.right());
        builder.setExpressionPosition(b.pos());
        switch (b.op()) {
            case EQ -> builder.emit(Bytecode.TestEqual, left, slot);
            case NE -> {
                builder.emit(Bytecode.TestEqual, left, slot);
                builder.emit(Bytecode.LogicalNot);
            }
            case STRICT_EQ -> builder.emit(Bytecode.TestEqualStrict, left, slot);
            case STRICT_NE -> {
                builder.emit(Bytecode.TestEqualStrict, left, slot);
                builder.emit(Bytecode.LogicalNot);
            }
            case LT -> builder.emit(Bytecode.TestLessThan, left, slot);
            case GT -> builder.emit(Bytecode.TestGreaterThan, left, slot);
            case LE -> builder.emit(Bytecode.TestLessThanOrEqual, left, slot);
            case GE -> builder.emit(Bytecode.TestGreaterThanOrEqual, left, slot);
            case IN -> builder.emit(Bytecode.TestIn, left, slot);
            case INSTANCEOF -> builder.emit(Bytecode.TestInstanceOf, left, slot);
            default -> throw new IllegalStateException(b.op().toString());
        }
    }

    private boolean isNullOrUndefined(Expression e) {
        return e instanceof Expression.NullLiteral
                || e instanceof Identifier id && id.name().equals("undefined") && g.scopes.resolve(id) == null;
    }

    private void visitLogical(Expression.Logical l) {
        Label end = new Label();
        visitForAccumulator(l.left());
        switch (l.op()) {
            case AND -> builder.emitJump(Bytecode.JumpIfToBooleanFalse, end);
            case OR -> builder.emitJump(Bytecode.JumpIfToBooleanTrue, end);
            case NULLISH -> {
                Label right = new Label();
                builder.emitJump(Bytecode.JumpIfUndefinedOrNull, right);
                builder.emitJump(Bytecode.Jump, end);
                builder.bind(right);
            }
        }
        visitForAccumulator(l.right());
        builder.bind(end);
    }

    // =========================================================================================
    // Assignment and update: a reference (name, o.p or o[k]) read and written
    // =========================================================================================

    /** A resolved assignment target, with its object and key held in registers. */
    record Reference(Expression target, int object, int key) {}

    Reference prepareReference(Expression target, Expression value) {
        if (target instanceof Expression.Member m) {
            return new Reference(target, visitForRegister(m.object(), value), 0);
        }
        if (target instanceof Expression.Index i) {
            int object = visitForRegister(i.object(), i.key(), value);
            int key = visitForRegister(i.key(), value);
            return new Reference(target, object, key);
        }
        if (target instanceof Identifier) {
            return new Reference(target, 0, 0);
        }
        if (target instanceof Expression.SuperProperty p) {
            int receiver = visitForRegister(p.receiver());
            return new Reference(target, receiver, p.key() == null ? 0 : visitForRegister(p.key(), value));
        }
        throw g.error(target.pos(), "Invalid left-hand side in assignment");
    }

    /**
     * `f() = x`, `f()++`: for web compatibility V8 accepts a call as an assignment target and
     * throws a ReferenceError when it is reached, after making the call. Returns true if
     * `target` is such a call (the code emitted then always throws).
     */
    boolean throwIfCallTarget(Expression target, String message) {
        if (!(target instanceof Expression.Call)) {
            return false;
        }
        visitForEffect(target);
        int arg = g.registers.allocate();
        builder.emit(Bytecode.LdaConstant, builder.constant(message));
        builder.emit(Bytecode.Star, arg);
        builder.setExpressionPosition(startOf(target));
        builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowReferenceError.ordinal(), arg, 1);
        return true;
    }

    private void loadReference(Reference ref) {
        if (ref.target() instanceof Expression.SuperProperty p) {
            classes.loadSuperProperty(p, ref.object(), ref.key());
        } else if (ref.target() instanceof Identifier id) {
            g.variables.load(g.scopes.resolve(id), id, false);
        } else if (ref.target() instanceof Expression.Member m) {
            builder.setExpressionPosition(m.pos());
            builder.emit(Bytecode.GetNamedProperty, ref.object(), builder.constant(m.name()),
                    builder.addFeedbackSlot(FeedbackSlotKind.LoadProperty));
        } else {
            builder.emit(Bytecode.Ldar, ref.key());
            builder.setExpressionPosition(ref.target().pos());
            builder.emit(Bytecode.GetKeyedProperty, ref.object(), builder.addFeedbackSlot(FeedbackSlotKind.LoadKeyed));
        }
    }

    void storeReference(Reference ref, int pos) {
        if (ref.target() instanceof Expression.SuperProperty p) {
            classes.storeSuperProperty(p, ref.object(), ref.key(), pos);
        } else if (ref.target() instanceof Identifier id) {
            g.variables.store(g.scopes.resolve(id), id, pos, false);
        } else if (ref.target() instanceof Expression.Member m) {
            builder.setExpressionPosition(pos);
            builder.emit(Bytecode.SetNamedProperty, ref.object(), builder.constant(m.name()),
                    builder.addFeedbackSlot(g.strict ? FeedbackSlotKind.SetNamedStrict : FeedbackSlotKind.SetNamedSloppy));
        } else {
            builder.setExpressionPosition(pos);
            builder.emit(Bytecode.SetKeyedProperty, ref.object(), ref.key(),
                    builder.addFeedbackSlot(g.strict ? FeedbackSlotKind.SetKeyedStrict : FeedbackSlotKind.SetKeyedSloppy));
        }
    }

    /** Stores acc into an assignment target (for-in/of heads), keeping the value. */
    void storeToTarget(Expression target) {
        if (target instanceof Identifier id) {
            g.variables.store(g.scopes.resolve(id), id, id.pos(), false);
            return;
        }
        int value = g.registers.allocate();
        builder.emit(Bytecode.Star, value);
        Reference ref = prepareReference(target, null);
        builder.emit(Bytecode.Ldar, value);
        storeReference(ref, target.pos());
    }

    private void visitAssign(Expression.Assign a) {
        if (DestructuringGenerator.isPattern(a.target())) {
            new DestructuringGenerator(g).assignment(a, true);
            return;
        }
        if (throwIfCallTarget(a.target(), "Invalid left-hand side in assignment")) {
            return;
        }
        Reference ref = prepareReference(a.target(), a.value());
        switch (a.op()) {
            case ASSIGN -> {
                visitForAccumulator(a.value());
                storeReference(ref, a.pos());
            }
            case AND, OR, NULLISH -> {
                Label end = new Label();
                loadReference(ref);
                if (a.op() == Expression.AssignOp.AND) {
                    builder.emitJump(Bytecode.JumpIfToBooleanFalse, end);
                } else if (a.op() == Expression.AssignOp.OR) {
                    builder.emitJump(Bytecode.JumpIfToBooleanTrue, end);
                } else {
                    Label assign = new Label();
                    builder.emitJump(Bytecode.JumpIfUndefinedOrNull, assign);
                    builder.emitJump(Bytecode.Jump, end);
                    builder.bind(assign);
                }
                visitForAccumulator(a.value());
                storeReference(ref, a.pos());
                builder.bind(end);
            }
            default -> {
                int slot = builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp);
                int targetRegister = a.target() instanceof Identifier id && !g.scopes.needsHoleCheck(id)
                        ? VariableAccess.registerOf(g.scopes.resolve(id)) : 0;
                if (targetRegister != 0 && smiLiteral(a.value()) == null
                        && !assignsTo(g.scopes.resolve((Identifier) a.target()), a.value())) {
                    // x op= y with x in a register: the register is the left operand, as in V8.
                    visitForAccumulator(a.value());
                    builder.setExpressionPosition(a.pos());
                    builder.emit(binaryBytecode(a.op().binary), targetRegister, slot);
                    storeReference(ref, a.pos());
                    return;
                }
                loadReference(ref);
                Integer smi = smiLiteral(a.value());
                if (smi != null) {
                    builder.setExpressionPosition(a.pos());
                    builder.emit(smiBytecode(a.op().binary), smi, slot);
                } else {
                    int old = g.registers.allocate();
                    builder.emit(Bytecode.Star, old);
                    visitForAccumulator(a.value());
                    builder.setExpressionPosition(a.pos());
                    builder.emit(binaryBytecode(a.op().binary), old, slot);
                }
                storeReference(ref, a.pos());
            }
        }
    }

    /** `++x`, `x--`, `o.p++`... For a postfix whose value is used, the old value is kept. */
    private void visitUpdate(Expression.Update u, boolean valueNeeded) {
        if (throwIfCallTarget(u.target(), "Invalid left-hand side expression in "
                + (u.prefix() ? "prefix" : "postfix") + " operation")) {
            return;
        }
        Reference ref = prepareReference(u.target(), null);
        loadReference(ref);
        int old = 0;
        if (!u.prefix() && valueNeeded) {
            builder.emit(Bytecode.ToNumeric, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
            old = g.registers.allocate();
            builder.emit(Bytecode.Star, old);
        }
        // No position of its own (as in V8): an error converting the operand reports the statement.
        builder.emit(u.increment() ? Bytecode.Inc : Bytecode.Dec, builder.addFeedbackSlot(FeedbackSlotKind.BinaryOp));
        storeReference(ref, u.pos());
        if (old != 0) {
            builder.emit(Bytecode.Ldar, old);
        }
    }

}
