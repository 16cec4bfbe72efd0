/*
 * The bytecode generator: one function's AST → its BytecodeArray (DESIGN.md stage 2), after
 * V8's src/interpreter/bytecode-generator.cc.
 *
 * This file holds the function prologue, the statements and the control flow; expressions
 * are in ExpressionGenerator, variable loads and stores in VariableAccess. Every expression is
 * visited in a result context, as V8 does: for effect, for its value in the accumulator, or as
 * a test that branches to labels (so `if (a < b)` makes no boolean).
 *
 * Assumes: scope analysis has run (every name resolved, every variable allocated).
 * Guarantees: temporaries are released at the end of each statement; every path ends in
 * Return, Throw or ReThrow; pushed contexts are popped on every normal or jumping exit.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.frontend.scope.Variable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class BytecodeGenerator {
    final SharedFunctionInfo shared;
    final ScopeAnalysis scopes;
    final Source source;
    final BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
    final RegisterAllocator registers;
    final ExpressionGenerator expressions;
    final VariableAccess variables;
    final boolean strict;
    Scope currentScope;
    ControlScope control;
    int loopDepth;
    /** The lowering of yield (and the suspend points), for a generator or async function; null for any other. */
    YieldGenerator yields;
    /** The lowering of await and async returns, for an async function or async generator; null for any other. */
    AwaitGenerator awaits;
    /**
     * Eval code's top level only: the register holding the completion value, which every
     * expression statement sets and each statement that can produce a value (if, loops,
     * switch, try) first resets to undefined, as V8's generator does for eval code; 0 elsewhere.
     */
    private int completion;

    private BytecodeGenerator(SharedFunctionInfo shared) {
        this.shared = shared;
        this.scopes = shared.script().scopes();
        this.source = shared.script().source();
        this.strict = shared.isStrict();
        this.currentScope = scopes.scopeOf(shared.scopeNode());
        if (currentScope == null) {
            throw new IllegalStateException("no scope for function '" + shared.name() + "' at source position "
                    + shared.sourcePosition() + ": the scope analysis never declared it");
        }
        this.registers = new RegisterAllocator(currentScope.localCount());
        this.expressions = new ExpressionGenerator(this);
        this.variables = new VariableAccess(this);
    }

    public static BytecodeArray generate(SharedFunctionInfo shared) {
        BytecodeGenerator g = new BytecodeGenerator(shared);
        g.generateFunction();
        return g.builder.build(shared.formalParameterCount() + 1, g.registers.registerCount());
    }

    // ---- function -------------------------------------------------------------------------------

    private void generateFunction() {
        FunctionLiteral fn = shared.literal();
        Scope scope = currentScope;
        if (shared.isResumable()) {
            yields = new YieldGenerator(this, fn);
            if (fn.kind().isAsync()) {
                awaits = new AwaitGenerator(this, yields);
                yields.awaits = awaits;
            }
            yields.prologue();
        }
        if (scope.needsContext()) {
            builder.setExpressionPosition(shared.sourcePosition());
            builder.emit(Bytecode.CreateFunctionContext, builder.constant(scope),
                    scope.contextSlotCount() - Scope.MIN_CONTEXT_SLOT);
            builder.emit(Bytecode.PushContext, registers.allocate());
        }
        // Captured parameters, `this` and the function's own name move into the context.
        for (Variable v : scope.variables()) {
            if (v.location() != Variable.Location.CONTEXT) {
                if (v.kind() == Variable.Kind.FUNCTION_SELF || v.kind() == Variable.Kind.THIS_FUNCTION) {
                    builder.emit(Bytecode.Mov, Register.CLOSURE, Register.local(v.index()));
                } else if (v.kind() == Variable.Kind.NEW_TARGET) {
                    shared.setNewTargetRegister(Register.local(v.index())); // the interpreter fills it on entry
                }
                continue;
            }
            if (v.kind() == Variable.Kind.PARAMETER && v.parameterIndex() < 0) {
                continue; // a name in a parameter pattern: its destructuring stores it
            }
            switch (v.kind()) {
                case PARAMETER -> builder.emit(Bytecode.Ldar, Register.parameter(v.parameterIndex()));
                case THIS -> builder.emit(Bytecode.Ldar, Register.RECEIVER);
                case FUNCTION_SELF, THIS_FUNCTION -> builder.emit(Bytecode.Ldar, Register.CLOSURE);
                case NEW_TARGET -> builder.emit(Bytecode.Ldar, incomingNewTarget());
                default -> {
                    continue;
                }
            }
            builder.emit(Bytecode.StaCurrentContextSlot, v.index());
        }
        Variable arguments = scope.lookupLocal(ScopeAnalyzer.ARGUMENTS);
        if (arguments != null && arguments.kind() == Variable.Kind.ARGUMENTS) {
            if (ScopeAnalyzer.isMappedArguments(scope)) {
                builder.emit(Bytecode.CreateMappedArguments, builder.constant(scope));
            } else {
                builder.emit(Bytecode.CreateUnmappedArguments);
            }
            variables.initialize(arguments);
        }
        initializeLexical(scope);
        if (shared.isAsyncFunction()) {
            awaits.enter(parameterListPosition());
            awaits.beginBody(); // an exception from here on, the parameters' included, rejects the promise
        }
        if (fn == null && scopes.isEvalCode()) {
            completion = registers.allocate();
            builder.emit(Bytecode.LdaUndefined);
            builder.emit(Bytecode.Star, completion);
        }
        List<Statement> body;
        if (fn == null) {
            body = shared.script().program().body();
        } else {
            for (int i = 0; i < fn.params().size(); i++) {
                Expression.Param p = fn.params().get(i);
                int mark = registers.mark();
                if (p.rest() && !(p.target() instanceof Expression.Identifier)) {
                    builder.emit(Bytecode.CreateRestParameter);
                    int rest = registers.allocate();
                    builder.emit(Bytecode.Star, rest);
                    new DestructuringGenerator(this).destructure(p.target(), rest, true);
                } else if (p.rest()) {
                    builder.emit(Bytecode.CreateRestParameter);
                    variables.initialize(scopes.resolve(p.target()));
                } else if (!(p.target() instanceof Expression.Identifier)) {
                    new DestructuringGenerator(this).parameter(p, i);
                } else if (p.defaultValue() != null) {
                    generateDefaultParameter(p);
                }
                registers.release(mark);
            }
            body = fn.body();
        }
        if (shared.isGenerator()) {
            yields.createGeneratorObject(parameterListPosition());
        }
        hoistFunctions(body);
        for (Statement s : body) {
            visitStatement(s);
        }
        if (!builder.lastIsUnconditionalExit()) {
            if (shared.isDerivedConstructor()) {
                expressions.classes.derivedConstructorReturn(false, constructorPosition());
            } else if (completion != 0) {
                builder.emit(Bytecode.Ldar, completion);
            } else {
                builder.emit(Bytecode.LdaUndefined);
            }
            builder.setStatementPosition(functionEndPosition());
            if (awaits != null) {
                performCommand(ControlScope.Command.RETURN, null);
            } else {
                builder.emit(Bytecode.Return);
            }
        }
        if (awaits != null) {
            awaits.endBody();
        }
    }

    /**
     * Where V8 reports a derived constructor that ends without calling super(): its parameter
     * list's `(`, or the class for an implicit constructor.
     */
    private int constructorPosition() {
        FunctionLiteral fn = shared.literal();
        if (shared.classLiteral() != null && shared.classLiteral().pos() == fn.pos()) {
            return fn.pos();
        }
        return parameterListPosition();
    }

    /** The `(` of the function's parameter list (where V8 marks a generator's initial yield). */
    private int parameterListPosition() {
        FunctionLiteral fn = shared.literal();
        int open = source.text().indexOf('(', fn.pos());
        return open < 0 ? fn.pos() : open;
    }

    /** A register the interpreter fills with new.target on entry, for a context-allocated new.target. */
    private int incomingNewTarget() {
        int r = registers.allocate();
        shared.setNewTargetRegister(r);
        return r;
    }

    /** Where V8 puts a Return: the function's closing brace (the last character of a script). */
    private int functionEndPosition() {
        FunctionLiteral fn = shared.literal();
        if (fn == null) {
            return Math.max(0, source.text().length() - 1);
        }
        return fn.expressionBody() ? fn.end() : Math.max(fn.pos(), fn.end() - 1);
    }

    /** `function f(x = d)`: if a0 is undefined, a0 = d. */
    private void generateDefaultParameter(Expression.Param p) {
        Expression.Identifier id = (Expression.Identifier) p.target();
        Variable v = scopes.resolve(id);
        Label done = new Label();
        variables.load(v, id, false);
        builder.emitJump(Bytecode.JumpIfNotUndefined, done);
        expressions.visitForAccumulator(p.defaultValue());
        variables.store(v, id, id.pos(), true);
        builder.bind(done);
    }

    /** Lexical bindings some reference may see in their TDZ start as the hole. */
    private void initializeLexical(Scope scope) {
        for (Variable v : scope.variables()) {
            if (v.isLexical() && scopes.needsHoleInitialization(v)) {
                builder.emit(Bytecode.LdaTheHole);
                variables.initialize(v);
            }
        }
    }

    /** Function declarations of a statement list are created on entry (hoisting). */
    private void hoistFunctions(List<Statement> statements) {
        for (Statement s : statements) {
            if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f) {
                expressions.createClosure(f.function());
                Variable v = scopes.resolve(f);
                if (v == null && scopes.isDynamic(f)) {
                    variables.storeLookupSlot(f.function().name(), f.pos()); // sloppy direct eval code
                } else if (v == null) {
                    variables.storeGlobal(f.function().name(), f.pos()); // sloppy global eval code
                } else {
                    variables.initialize(v);
                }
            }
        }
    }

    // ---- scopes and contexts --------------------------------------------------------------------

    /**
     * Enters the block scope `node` opens (if any): pushes its context if it needs one and
     * initializes its TDZ bindings. Returns the register holding the outer context, or 0 if
     * no context was pushed.
     */
    int enterBlockScope(Node node) {
        Scope scope = scopes.scopeOf(node);
        if (scope == null) {
            return 0;
        }
        currentScope = scope;
        int saved = 0;
        if (scope.needsContext()) {
            saved = registers.allocate();
            builder.emit(Bytecode.CreateBlockContext, builder.constant(scope));
            builder.emit(Bytecode.PushContext, saved);
            control = new ControlScope.PushedContext(control, saved);
        }
        initializeLexical(scope);
        return saved;
    }

    void exitBlockScope(Node node, int saved) {
        Scope scope = scopes.scopeOf(node);
        if (scope == null) {
            return;
        }
        if (scope.needsContext()) {
            if (!builder.lastIsUnconditionalExit()) {
                builder.emit(Bytecode.PopContext, saved);
            }
            control = control.outer;
        }
        currentScope = scope.outer();
    }

    // ---- statements -----------------------------------------------------------------------------

    void visitStatements(List<Statement> statements) {
        for (Statement s : statements) {
            visitStatement(s);
        }
    }

    /**
     * A try statement's finally block. In eval code its expression statements do not make the
     * completion value: a finally block that completes normally leaves the try's (ECMA-262
     * §14.15.3, `try { 1 } finally { 2 }` is 1), so the value is saved around it.
     */
    void visitFinalizer(Statement finalizer) {
        if (completion == 0) {
            visitStatement(finalizer);
            return;
        }
        int saved = registers.allocate();
        builder.emit(Bytecode.Mov, completion, saved);
        visitStatement(finalizer);
        if (!builder.lastIsUnconditionalExit()) {
            builder.emit(Bytecode.Mov, saved, completion);
        }
    }

    void visitStatement(Statement s) {
        int mark = registers.mark();
        visitStatementInner(s, Set.of());
        registers.release(mark);
    }

    private void visitStatementInner(Statement s, Set<String> labels) {
        if (completion != 0 && (s instanceof Statement.If || s instanceof Statement.While || s instanceof Statement.DoWhile
                || s instanceof Statement.For || s instanceof Statement.ForIn || s instanceof Statement.ForOf
                || s instanceof Statement.Switch || s instanceof Statement.Try || s instanceof Statement.With)) {
            builder.emit(Bytecode.LdaUndefined); // UpdateEmpty(stmt, undefined): the statement's value, if it has none
            builder.emit(Bytecode.Star, completion);
        }
        if (s instanceof Statement.ExpressionStatement e && completion != 0) {
            builder.setStatementPosition(ExpressionGenerator.startOf(e.expression()));
            expressions.visitForAccumulator(e.expression());
            builder.emit(Bytecode.Star, completion);
        } else if (s instanceof Statement.ExpressionStatement e) {
            builder.setStatementPosition(ExpressionGenerator.startOf(e.expression()));
            expressions.visitForEffect(e.expression());
        } else if (s instanceof Statement.VariableDeclaration d) {
            visitVariableDeclaration(d);
        } else if (s instanceof Statement.FunctionDeclaration f) {
            // Created when its scope was entered; a sloppy block function is also copied to
            // its function-scope var here, where the declaration stands (Annex B.3.3).
            Variable annexB = scopes.annexBVar(f);
            Expression.Identifier annexBName = scopes.annexBName(f);
            if (annexB != null) {
                variables.load(scopes.resolve(f), f, false);
                variables.initialize(annexB);
            } else if (annexBName != null) {
                variables.load(scopes.resolve(f), f, false);
                variables.store(null, annexBName, f.pos(), false);
            }
        } else if (s instanceof Statement.ClassDeclaration c) {
            builder.setStatementPosition(c.pos());
            expressions.visitForAccumulator(c.cls());
            variables.initialize(scopes.resolve(c));
        } else if (s instanceof Statement.Return r) {
            builder.setStatementPosition(r.pos());
            if (r.argument() != null) {
                expressions.visitForAccumulator(r.argument());
                if (shared.isAsyncGenerator()) {
                    awaits.awaitAccumulator(r.pos()); // §15.6: return awaits its value in an async generator
                }
                if (shared.isDerivedConstructor()) {
                    expressions.classes.derivedConstructorReturn(true, r.pos());
                }
            } else if (shared.isDerivedConstructor()) {
                expressions.classes.derivedConstructorReturn(false, r.pos());
            } else {
                builder.emit(Bytecode.LdaUndefined);
            }
            // V8 marks an explicit return's Return at the end of the statement.
            builder.setStatementPosition(shared.isTopLevel() ? functionEndPosition() : r.end());
            performCommand(ControlScope.Command.RETURN, null);
        } else if (s instanceof Statement.If i) {
            visitIf(i);
        } else if (s instanceof Statement.Block b) {
            int saved = enterBlockScope(b);
            hoistFunctions(b.body());
            visitStatements(b.body());
            exitBlockScope(b, saved);
        } else if (s instanceof Statement.With w) {
            visitWith(w);
        } else if (s instanceof Statement.While w) {
            visitWhile(w, labels);
        } else if (s instanceof Statement.DoWhile d) {
            visitDoWhile(d, labels);
        } else if (s instanceof Statement.For f) {
            visitFor(f, labels);
        } else if (s instanceof Statement.ForIn f) {
            new LoopGenerator(this).visitForIn(f, labels);
        } else if (s instanceof Statement.ForOf f) {
            new LoopGenerator(this).visitForOf(f, labels);
        } else if (s instanceof Statement.Break b) {
            builder.setStatementPosition(b.pos());
            performCommand(ControlScope.Command.BREAK, findTarget(b.label(), false));
        } else if (s instanceof Statement.Continue c) {
            builder.setStatementPosition(c.pos());
            performCommand(ControlScope.Command.CONTINUE, findTarget(c.label(), true));
        } else if (s instanceof Statement.Throw t) {
            builder.setStatementPosition(t.pos());
            expressions.visitForAccumulator(t.argument());
            builder.setExpressionPosition(t.pos());
            builder.emit(Bytecode.Throw);
        } else if (s instanceof Statement.Try t) {
            new TryGenerator(this).visitTry(t);
        } else if (s instanceof Statement.Switch sw) {
            visitSwitch(sw, labels);
        } else if (s instanceof Statement.Labeled l) {
            Set<String> all = new HashSet<>(labels);
            all.add(l.label());
            Statement body = l.body();
            if (isLoop(body) || body instanceof Statement.Labeled) {
                visitStatementInner(body, all);
            } else {
                Label end = new Label();
                control = new ControlScope.Breakable(control, l, all, end, null);
                visitStatementInner(body, Set.of());
                control = control.outer;
                builder.bind(end);
            }
        } else if (s instanceof Statement.Debugger d) {
            builder.setStatementPosition(d.pos());
            builder.emit(Bytecode.Debugger);
        } else if (!(s instanceof Statement.Empty)) {
            throw error(s.pos(), "Unsupported statement");
        }
    }

    /**
     * `with (o) body` as V8 compiles it: ToObject of o, CreateWithContext, and the body in that
     * context (PushContext saves the outer one in the object's register, PopContext restores
     * it). The names the body resolves through the with scope are lookups by name
     * (ScopeAnalysis.isLookupThroughWith).
     */
    private void visitWith(Statement.With w) {
        builder.setStatementPosition(w.pos());
        expressions.visitForAccumulator(w.object());
        int object = registers.allocate();
        builder.emit(Bytecode.ToObject, object);
        Scope scope = scopes.scopeOf(w);
        builder.emit(Bytecode.CreateWithContext, object, builder.constant(scope));
        builder.emit(Bytecode.PushContext, object);
        currentScope = scope;
        control = new ControlScope.PushedContext(control, object);
        visitStatement(w.body());
        control = control.outer;
        if (!builder.lastIsUnconditionalExit()) {
            builder.emit(Bytecode.PopContext, object);
        }
        currentScope = scope.outer();
    }

    private static boolean isLoop(Statement s) {
        return s instanceof Statement.While || s instanceof Statement.DoWhile || s instanceof Statement.For
                || s instanceof Statement.ForIn || s instanceof Statement.ForOf;
    }

    private void visitVariableDeclaration(Statement.VariableDeclaration d) {
        for (Statement.VariableDeclarator decl : d.declarations()) {
            if (!(decl.target() instanceof Expression.Identifier)) {
                new DestructuringGenerator(this).declaration(d.kind(), decl);
                continue;
            }
            Expression.Identifier id = (Expression.Identifier) decl.target();
            Variable v = scopes.resolve(id);
            if (decl.init() == null) {
                if (d.kind() == Statement.VarKind.VAR) {
                    continue;
                }
                builder.setStatementPosition(decl.pos());
                builder.emit(Bytecode.LdaUndefined);
            } else {
                builder.setStatementPosition(ExpressionGenerator.startOf(decl.init()));
                expressions.visitForAccumulator(decl.init());
            }
            if (d.kind() == Statement.VarKind.VAR) {
                variables.store(v, id, id.pos(), false);
            } else {
                variables.initialize(v);
            }
        }
    }

    private void visitIf(Statement.If i) {
        Label then = new Label();
        Label otherwise = new Label();
        Label end = new Label();
        builder.setStatementPosition(i.pos()); // V8 marks an if at its keyword
        expressions.visitForTest(i.test(), then, otherwise, true);
        builder.bind(then);
        visitStatement(i.consequent());
        if (i.alternate() != null) {
            if (!builder.lastIsUnconditionalExit()) {
                builder.emitJump(Bytecode.Jump, end);
            }
            builder.bind(otherwise);
            visitStatement(i.alternate());
        } else {
            builder.bind(otherwise);
        }
        builder.bind(end);
    }

    // ---- loops ----------------------------------------------------------------------------------

    /** Runs `body` as a loop body: a Breakable control scope with the loop's targets. */
    void loopBody(Statement loop, Set<String> labels, Label breakTarget, Label continueTarget, Statement body) {
        control = new ControlScope.Breakable(control, loop, labels, breakTarget, continueTarget);
        loopDepth++;
        visitStatement(body);
        loopDepth--;
        control = control.outer;
    }

    void jumpLoop(Label header, int loopPos) {
        builder.setExpressionPosition(loopPos);
        builder.emitJumpLoop(header, loopDepth, builder.addFeedbackSlot(FeedbackSlotKind.JumpLoop));
    }

    private void visitWhile(Statement.While w, Set<String> labels) {
        Label header = new Label();
        Label exit = new Label();
        Label body = new Label();
        builder.bind(header);
        builder.setStatementPosition(w.test().pos()); // V8: the condition's own position
        expressions.visitForTest(w.test(), body, exit, true);
        builder.bind(body);
        Label next = new Label();
        loopBody(w, labels, exit, next, w.body());
        builder.bind(next);
        jumpLoop(header, w.pos());
        builder.bind(exit);
    }

    private void visitDoWhile(Statement.DoWhile d, Set<String> labels) {
        Label header = new Label();
        Label exit = new Label();
        Label next = new Label();
        builder.bind(header);
        loopBody(d, labels, exit, next, d.body());
        builder.bind(next);
        Label again = new Label();
        builder.setStatementPosition(d.test().pos());
        expressions.visitForTest(d.test(), again, exit, true);
        builder.bind(again);
        jumpLoop(header, d.pos());
        builder.bind(exit);
    }

    private void visitFor(Statement.For f, Set<String> labels) {
        int saved = enterBlockScope(f);
        Scope loopScope = scopes.scopeOf(f);
        boolean perIterationContext = loopScope != null && loopScope.needsContext();
        if (f.init() != null) {
            visitStatement(f.init());
        }
        Label header = new Label();
        Label exit = new Label();
        Label next = new Label();
        builder.bind(header);
        if (f.test() != null) {
            Label body = new Label();
            builder.setStatementPosition(f.test().pos());
            expressions.visitForTest(f.test(), body, exit, true);
            builder.bind(body);
        }
        loopBody(f, labels, exit, next, f.body());
        builder.bind(next);
        if (perIterationContext) {
            copyIterationContext(loopScope, saved);
        }
        if (f.update() != null) {
            builder.setStatementPosition(ExpressionGenerator.startOf(f.update()));
            int mark = registers.mark();
            expressions.visitForEffect(f.update());
            registers.release(mark);
        }
        jumpLoop(header, f.pos());
        builder.bind(exit);
        exitBlockScope(f, saved);
    }

    /**
     * A fresh copy of the loop's context for the next iteration (ECMA-262
     * CreatePerIterationEnvironment): closures made in this iteration keep the old copy.
     */
    private void copyIterationContext(Scope loopScope, int outerContext) {
        int old = registers.allocate();
        builder.emit(Bytecode.Mov, Register.CONTEXT, old);
        builder.emit(Bytecode.PopContext, outerContext);
        builder.emit(Bytecode.CreateBlockContext, builder.constant(loopScope));
        builder.emit(Bytecode.PushContext, outerContext);
        for (Variable v : loopScope.variables()) {
            if (v.location() == Variable.Location.CONTEXT) {
                builder.emit(Bytecode.LdaContextSlot, old, v.index(), 0);
                builder.emit(Bytecode.StaCurrentContextSlot, v.index());
            }
        }
    }

    // ---- switch ---------------------------------------------------------------------------------

    private void visitSwitch(Statement.Switch sw, Set<String> labels) {
        builder.setStatementPosition(ExpressionGenerator.startOf(sw.discriminant()));
        expressions.visitForAccumulator(sw.discriminant());
        int value = registers.allocate();
        builder.emit(Bytecode.Star, value);
        int saved = enterBlockScope(sw);
        for (Statement.SwitchCase c : sw.cases()) {
            hoistFunctions(c.consequent());
        }
        List<Label> caseLabels = new ArrayList<>();
        Label defaultLabel = null;
        Label exit = new Label();
        for (Statement.SwitchCase c : sw.cases()) {
            Label l = new Label();
            caseLabels.add(l);
            if (c.test() == null) {
                defaultLabel = l;
                continue;
            }
            int mark = registers.mark();
            expressions.visitForAccumulator(c.test());
            builder.setExpressionPosition(c.pos());
            builder.emit(Bytecode.TestEqualStrict, value, builder.addFeedbackSlot(FeedbackSlotKind.CompareOp));
            builder.emitJump(Bytecode.JumpIfTrue, l);
            registers.release(mark);
        }
        builder.emitJump(Bytecode.Jump, defaultLabel != null ? defaultLabel : exit);
        control = new ControlScope.Breakable(control, sw, labels, exit, null);
        for (int i = 0; i < sw.cases().size(); i++) {
            builder.bind(caseLabels.get(i));
            visitStatements(sw.cases().get(i).consequent());
        }
        control = control.outer;
        builder.bind(exit);
        exitBlockScope(sw, saved);
    }

    // ---- break, continue, return ----------------------------------------------------------------

    private ControlScope.Breakable findTarget(String label, boolean isContinue) {
        for (ControlScope c = control; c != null; c = c.outer) {
            if (c instanceof ControlScope.Breakable b) {
                if (label == null ? (isContinue ? b.isLoop() : !(b.statement instanceof Statement.Labeled))
                        : b.labels.contains(label) && (!isContinue || b.isLoop())) {
                    return b;
                }
            }
        }
        throw new IllegalStateException("no target for " + (isContinue ? "continue " : "break ") + label);
    }

    /**
     * Leaves the current position by `command` (the value of a return or rethrow is in acc):
     * pops the contexts it crosses, detours through every finally on the way, and jumps.
     */
    void performCommand(ControlScope.Command command, ControlScope.Breakable target) {
        performCommandFrom(control, command, target);
    }

    void performCommandFrom(ControlScope from, ControlScope.Command command, ControlScope.Breakable target) {
        for (ControlScope c = from; c != null; c = c.outer) {
            if (c instanceof ControlScope.Breakable b && b == target) {
                builder.emitJump(Bytecode.Jump, command == ControlScope.Command.BREAK ? b.breakTarget : b.continueTarget);
                return;
            }
            if (c instanceof ControlScope.TryCatch && command == ControlScope.Command.RETHROW) {
                // No context to pop: unwinding restores the one saved at try entry.
                break;
            }
            if (c instanceof ControlScope.PushedContext p && target != null) {
                builder.emit(Bytecode.PopContext, p.savedContext);
            }
            if (c instanceof ControlScope.TryFinally t) {
                if (command == ControlScope.Command.RETURN || command == ControlScope.Command.RETHROW) {
                    builder.emit(Bytecode.Star, t.resultRegister);
                }
                builder.emit(Bytecode.LdaSmi, t.token(command, target));
                builder.emit(Bytecode.Star, t.tokenRegister);
                builder.emitJump(Bytecode.Jump, t.finallyEntry);
                return;
            }
        }
        if (command == ControlScope.Command.RETURN && awaits != null) {
            awaits.asyncReturn();
            return;
        }
        builder.emit(command == ControlScope.Command.RETHROW ? Bytecode.ReThrow : Bytecode.Return);
    }

    // ---- errors ---------------------------------------------------------------------------------

    JsSyntaxError error(int pos, String message) {
        int line = source.line(pos);
        return new JsSyntaxError(source.fileName(), line, source.column(pos), source.lineText(line), message);
    }
}
