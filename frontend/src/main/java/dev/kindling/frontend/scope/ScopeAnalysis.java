/*
 * The result of scope analysis for one Program: the scope each scoping node opens, the
 * variable each identifier refers to, and which references need a TDZ hole check. The
 * bytecode generator reads only this; it never looks names up itself.
 *
 * Side tables are IdentityHashMaps: AST records compare by value, but two references are two
 * places in the program.
 */
package dev.kindling.frontend.scope;

import dev.kindling.frontend.ast.Node;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public final class ScopeAnalysis {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Node, Variable> resolutions = new IdentityHashMap<>();
    final Set<Node> holeChecks = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Variable> holeVariables = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Node> alwaysInTdz = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Node, Variable> annexBVars = new IdentityHashMap<>();
    final Map<Node, dev.kindling.frontend.ast.Expression.Identifier> annexBNames = new IdentityHashMap<>();
    Scope replScope;
    final Set<String> evalVarNames = new LinkedHashSet<>();
    boolean evalCode;
    final Set<Node> dynamicReferences = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Node> withReferences = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * True for a reference (an Identifier, or a FunctionDeclaration of sloppy direct eval code)
     * whose binding a sloppy direct eval may shadow or create at run time: it is looked up by
     * name through the context chain (LdaLookupSlot, StaLookupSlot), its static resolution only
     * a hint.
     */
    public boolean isDynamic(Node reference) {
        return dynamicReferences.contains(reference);
    }

    /**
     * True for a dynamic reference (isDynamic) resolved through a `with` statement's scope
     * (V8's VariableMode::kDynamic): the with object may have the name, so it is looked up by
     * name even when statically it found no declaration (LdaLookupSlot, never
     * LdaLookupGlobalSlot), and a call of it takes the object it is found on as its receiver
     * (CallRuntimeForPair [LoadLookupSlotForCall]).
     */
    public boolean isLookupThroughWith(Node reference) {
        return withReferences.contains(reference);
    }

    /**
     * True for code compiled from a string at run time (ScopeAnalyzer.analyzeGlobalEval,
     * analyzeDirectEval): its
     * top level returns its completion value, the value of the last expression statement
     * that ran (ECMA-262 §19.2.1.1: `eval("1; 2")` is 2).
     */
    public boolean isEvalCode() {
        return evalCode;
    }

    /**
     * For code from a string (ScopeAnalyzer.analyzeGlobalEval, analyzeDirectEval): the names
     * of its top-level var and function declarations that are bindings of the global object
     * (global code) or new bindings of the caller's function scope (sloppy direct eval), not
     * of the code's own scope, in source order; the host defines each (as undefined, if
     * absent) before the code runs. Empty for any other Program.
     */
    public Set<String> evalVarNames() {
        return evalVarNames;
    }

    /**
     * For a REPL input (ScopeAnalyzer.analyzeReplInput): the scope of its top-level
     * declarations, whose Context the host makes (its slots: the hole for a lexical binding,
     * undefined otherwise) and gives the Program's closure; null for any other Program.
     */
    public Scope replScope() {
        return replScope;
    }

    /** The scope a Program, FunctionLiteral, Block, loop, Switch or CatchClause opens, or null. */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /**
     * The variable an Identifier (reference or binding) or a This node refers to; null means
     * a global (looked up on the global object by name).
     */
    public Variable resolve(Node reference) {
        return resolutions.get(reference);
    }

    /**
     * For a sloppy-mode function declared in a block (Annex B.3.3): the function-scope var
     * of the same name that receives the block's function when the declaration is evaluated
     * (`{ function f() {} } f();` works in sloppy code); null when the declaration is not
     * hoisted (strict code, or a let, const, class or parameter of that name in the way).
     */
    public Variable annexBVar(Node functionDeclaration) {
        return annexBVars.get(functionDeclaration);
    }

    /**
     * For a block function of code from a string whose Annex B var is not a variable of any
     * scope here — a global of global eval code, or a new binding sloppy direct eval gives its
     * caller — the reference its value is stored through when its declaration runs (a global
     * store, or StaLookupSlot: isDynamic tells); null otherwise.
     */
    public dev.kindling.frontend.ast.Expression.Identifier annexBName(Node functionDeclaration) {
        return annexBNames.get(functionDeclaration);
    }

    /** True if reading this reference may find the binding still in its TDZ. */
    public boolean needsHoleCheck(Node reference) {
        return holeChecks.contains(reference);
    }

    /**
     * True for a reference that certainly runs before its binding is initialized: a default
     * parameter value naming its own or a later parameter (`function f(a = b, b) {}`).
     */
    public boolean isAlwaysInTdz(Node reference) {
        return alwaysInTdz.contains(reference);
    }

    /**
     * True if some reference to `v` may run while it is in its TDZ, so the binding must be
     * initialized with the hole when its scope is entered.
     */
    public boolean needsHoleInitialization(Variable v) {
        return holeVariables.contains(v) || v.location() == Variable.Location.CONTEXT && v.isLexical();
    }

    /**
     * How many contexts lie between code in scope `from` and the context of `target`'s scope:
     * the number of context-allocating scopes on the chain from `from` up to, not including,
     * target's scope. 0 means the current context.
     */
    public static int contextDepth(Scope from, Variable target) {
        int depth = 0;
        for (Scope s = from; s != target.scope(); s = s.outer()) {
            if (s.needsContext()) {
                depth++;
            }
        }
        return depth;
    }
}
