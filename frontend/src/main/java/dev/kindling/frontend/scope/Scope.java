/*
 * A scope: the names one function body, block, for-head, switch or catch clause declares.
 *
 * Only scopes that declare something exist (an empty block is no scope). A FUNCTION scope
 * belongs to a FunctionLiteral or to the Program (the module function). After allocation,
 * contextSlotCount() > 0 means the scope needs a heap Context at run time; its slots start
 * at Context.MIN_SLOT (2), as V8's do (slot 0 and 1 hold the scope info and the outer
 * context), so a student sees the same `[2]` in both engines' bytecode.
 */
package dev.kindling.frontend.scope;

import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Scope {
    /**
     * REPL: the top-level declarations of one REPL input (see ScopeAnalyzer.analyzeReplInput),
     * outside its Program's function scope; its outer scope is the previous input's, so each
     * input sees every earlier one's bindings, as node's REPL's script scope does.
     */
    public enum Kind { FUNCTION, BLOCK, CATCH, REPL,
        /**
         * A `with` statement's body (V8's WITH_SCOPE): declares nothing, but always has a
         * Context (a with context holding the object), and every name resolved through it is
         * looked up by name at run time (see ScopeAnalysis.isLookupThroughWith).
         */
        WITH }

    /** The first usable context slot; slots 0 and 1 are the header (as in V8). */
    public static final int MIN_CONTEXT_SLOT = 2;

    private final Kind kind;
    private final Scope outer;
    private final Node node;
    private final Scope functionScope;
    private final boolean arrow;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    private final List<Scope> inner = new ArrayList<>();
    private int contextSlotCount;
    /** For a function scope: registers its locals take (r0 .. r(localCount-1)). */
    private int localCount;
    /** A switch's scope: references after a declaration may still see the hole. */
    private boolean switchScope;
    /**
     * A direct eval in this scope or one inside it can see every variable of this scope
     * (V8's inner_scope_calls_eval): all of them are context-allocated and maybe-assigned.
     */
    private boolean innerScopeCallsEval;
    /**
     * A function scope whose code calls eval directly in sloppy mode (V8's calls_sloppy_eval),
     * or the top scope of sloppy direct eval code: eval may add var bindings to its Context
     * at run time (the context extension), so a name not found in it is looked up by name
     * (LdaLookupSlot), and it always has a Context.
     */
    private boolean callsSloppyEval;

    Scope(Kind kind, Scope outer, Node node, boolean arrow) {
        this.kind = kind;
        this.outer = outer;
        this.node = node;
        this.arrow = arrow;
        this.functionScope = kind == Kind.FUNCTION || kind == Kind.REPL ? this : outer.functionScope;
        if (outer != null) {
            outer.inner.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    public Scope outer() {
        return outer;
    }

    /** The FunctionLiteral, Program, Block, For/ForIn/ForOf, Switch or CatchClause. */
    public Node node() {
        return node;
    }

    /** The innermost function scope containing this one (itself for a function scope). */
    public Scope functionScope() {
        return functionScope;
    }

    /**
     * Where the var declarations of a sloppy direct eval called in this scope go (ECMA-262
     * EvalDeclarationInstantiation's varEnv): the function scope, looking through sloppy
     * direct eval code (an arrow-like function scope of a Program, whose vars are its caller's).
     */
    public Scope varScope() {
        Scope f = functionScope;
        while (f.callsSloppyEval && f.arrow && f.node instanceof Program && f.outer != null) {
            f = f.outer.functionScope;
        }
        return f;
    }

    public boolean isFunctionScope() {
        return kind == Kind.FUNCTION;
    }

    public boolean isWithScope() {
        return kind == Kind.WITH;
    }

    public boolean isArrowFunction() {
        return arrow;
    }

    public Variable lookupLocal(String name) {
        return variables.get(name);
    }

    public Collection<Variable> variables() {
        return variables.values();
    }

    public List<Scope> innerScopes() {
        return inner;
    }

    Variable declare(String name, Variable.Kind kind, int declarationEnd, int parameterIndex) {
        Variable v = new Variable(name, kind, this, declarationEnd, parameterIndex);
        variables.put(name, v);
        return v;
    }

    /** True for the scope of a REPL input's top-level declarations. */
    public boolean isReplScope() {
        return kind == Kind.REPL;
    }

    /** Forgets a declaration (a REPL input's var that rebinds an earlier input's, see ScopeAnalyzer). */
    void remove(String name) {
        variables.remove(name);
    }

    /** True if this scope allocates a Context at run time. */
    public boolean needsContext() {
        return contextSlotCount > 0;
    }

    /** Number of context slots including the two header slots, or 0 without a context. */
    public int contextSlotCount() {
        return contextSlotCount;
    }

    void setContextSlotCount(int count) {
        this.contextSlotCount = count;
    }

    public int localCount() {
        return localCount;
    }

    void setLocalCount(int count) {
        this.localCount = count;
    }

    public boolean isSwitchScope() {
        return switchScope;
    }

    void markSwitchScope() {
        switchScope = true;
    }

    public boolean innerScopeCallsEval() {
        return innerScopeCallsEval;
    }

    void markInnerScopeCallsEval() {
        innerScopeCallsEval = true;
    }

    public boolean callsSloppyEval() {
        return callsSloppyEval;
    }

    void markCallsSloppyEval() {
        callsSloppyEval = true;
    }

    @Override
    public String toString() {
        return kind + variables.keySet().toString();
    }
}
