/*
 * Scope analysis: declares every binding, resolves every identifier, and allocates each
 * variable to a parameter, a register or a context slot (DESIGN.md, stage 1).
 *
 * Three passes over the AST, as V8's parser + DeclarationScope::Analyze do:
 *   1. declare — build the scope tree; hoist `var` and function declarations to their
 *      function; report redeclarations ("Identifier 'x' has already been declared").
 *   2. resolve — walk in source order, bind each reference to the nearest declaration; a
 *      reference from inside another function marks the variable captured; a reference to a
 *      let/const that is not yet known to be initialized gets a hole check.
 *   3. allocate — captured variables go to context slots (from slot 2, as in V8), the rest of
 *      each function's locals to registers r0, r1, ...
 *
 * Assumes: the AST is well formed (parser early errors already reported).
 * Guarantees: every Identifier in an expression or binding position of a function's code is
 * either resolved to a Variable or is a global; every scope's contextSlotCount and every
 * function's localCount are final.
 */
package dev.kindling.frontend.scope;

import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Expression.Identifier;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.ast.Statement.VarKind;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

public final class ScopeAnalyzer {
    /** The parameters of node's CommonJS module wrapper, which every Program runs inside. */
    public static final List<String> MODULE_PARAMETERS =
            List.of("exports", "require", "module", "__filename", "__dirname");
    /** The name under which a function's receiver is declared (not a valid identifier). */
    public static final String THIS = "this";
    /** The implicit arguments object's name. */
    public static final String ARGUMENTS = "arguments";

    private final Source source;
    private final ScopeAnalysis result = new ScopeAnalysis();
    private final Set<Variable> initialized = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Variable> pendingParameters = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * While resolving a default parameter value: its function's scope. Default values cannot
     * see the body's own var and function declarations (they live in a separate var
     * environment when parameters have expressions, ECMA-262 FunctionDeclarationInstantiation).
     */
    private Scope defaultsOf;
    /** For a REPL input: the scope its top-level declarations go to (see analyzeReplInput). */
    private Scope replScope;
    /**
     * For sloppy global code from a string (analyzeGlobalEval): its top scope, whose var and
     * function declarations are not declared there but become properties of the global object.
     */
    private Scope globalVarScope;
    /**
     * For sloppy direct eval code (analyzeDirectEval): its top scope, whose var and function
     * declarations belong to the caller's function scope (see declareEvalVar).
     */
    private Scope evalVarScope;
    /** For direct eval code: the caller's scopes, already analyzed and allocated (never declared into). */
    private final Set<Scope> callerScopes = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The class scopes whose `extends` expression is being resolved: it is evaluated in the
     * class scope (the class's name is in its TDZ there) but with the outer PrivateEnvironment
     * (ECMA-262 ClassDefinitionEvaluation steps 6-8), so their private names are not found.
     */
    private final Set<Scope> privateNamesHidden = Collections.newSetFromMap(new IdentityHashMap<>());

    private ScopeAnalyzer(Source source) {
        this.source = source;
    }

    public static ScopeAnalysis analyze(Program program) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(program.source());
        Scope top = analyzer.topScope(program, null);
        analyzer.declareBody(program.body(), top);
        analyzer.resolveStatements(program.body(), top);
        analyzer.allocate(top);
        return analyzer.result;
    }

    /**
     * One input of a REPL session. Its top-level declarations (var, let, const, class,
     * function) go to a new REPL scope (ScopeAnalysis.replScope()) whose outer scope is
     * `previous`, the REPL scope of the session's earlier inputs (null for the first), so they
     * persist: node's REPL runs each input as a script in one vm context, whose script scope
     * keeps its let/const/class (V8's ScriptContextTable) and whose global object keeps its
     * var and function declarations. Here all of them live in context slots of the REPL scope
     * — the host makes its Context — which is how V8 itself keeps a script's lexical
     * declarations. As in a script, a lexical declaration may not redeclare an earlier input's
     * name (SyntaxError "Identifier 'x' has already been declared"); a var or function that
     * redeclares an earlier var or function binds the same variable, so earlier closures see
     * the new value.
     *
     * Differs from node: REPL vars and functions are not properties of globalThis.
     */
    public static ScopeAnalysis analyzeReplInput(Program program, Scope previous) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(program.source());
        Scope repl = new Scope(Scope.Kind.REPL, previous, program, false);
        analyzer.replScope = repl;
        analyzer.result.replScope = repl;
        Scope top = analyzer.topScope(program, repl);
        analyzer.declareLexical(program.body(), repl);
        for (Statement s : program.body()) {
            analyzer.declareStatement(s, top);
        }
        analyzer.bindEarlierReplDeclarations(repl);
        for (Variable v : repl.variables()) {
            v.markCaptured(); // the REPL's Context holds them all
            v.markAssigned(); // a later input may assign it: never an immutable load
        }
        analyzer.resolveStatements(program.body(), top);
        analyzer.allocateScope(repl, new int[] {0}); // allocates `top` too, its inner scope
        return analyzer.result;
    }

    /**
     * Global code compiled from a string at run time: an indirect eval's source (ECMA-262
     * §19.2.1.1 PerformEval with direct = false) or the text the Function constructor builds
     * (§20.2.1.1.1 CreateDynamicFunction). It runs as a function of no parameters whose
     * closure context is the global scope, so it sees no module's locals. In sloppy code its
     * top-level var and function declarations are the global object's properties
     * (EvalDeclarationInstantiation with varEnv the global environment): they are left
     * undeclared, so references resolve to globals, and their names are listed in
     * ScopeAnalysis.evalVarNames() for the host to define before the code runs. Strict code
     * keeps them to itself, as its let, const and class declarations always are.
     */
    public static ScopeAnalysis analyzeGlobalEval(Program program) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(program.source());
        Scope top = new Scope(Scope.Kind.FUNCTION, null, program, false);
        top.declare(THIS, Variable.Kind.THIS, 0, -1);
        if (!program.strict()) {
            analyzer.globalVarScope = top;
        }
        return analyzer.analyzeEvalCode(program, top);
    }

    /** The three passes over eval code whose top scope `top` is made (see analyzeGlobalEval, analyzeDirectEval). */
    private ScopeAnalysis analyzeEvalCode(Program program, Scope top) {
        result.scopes.put(program, top);
        result.evalCode = true;
        declareBody(program.body(), top);
        resolveStatements(program.body(), top);
        allocate(top);
        return result;
    }

    /**
     * The source of a direct eval (ECMA-262 §19.2.1.1 PerformEval with direct = true), whose
     * call site is in scope `caller` of code already analyzed. The eval code's top scope is a
     * function scope inside `caller`, arrow-like (`this`, `arguments` and new.target are the
     * caller's), so its names resolve statically to the caller's variables — which, since the
     * caller contains a direct eval, all live in Contexts (see markDirectEval) — and the
     * host gives its closure the Context of the call site.
     *
     * Strict eval code keeps its var and function declarations to itself. Sloppy eval code
     * declares them in the caller's function scope (EvalDeclarationInstantiation's varEnv): a
     * name that scope already has binds to that variable; a lexical declaration of the name
     * between the call site and that scope is a redeclaration; any other name becomes a new
     * binding in the function Context's extension, listed in evalVarNames() for the host to
     * create, and every reference to it is dynamic (looked up by name).
     */
    public static ScopeAnalysis analyzeDirectEval(Program program, Scope caller) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(program.source());
        for (Scope s = caller; s != null; s = s.outer()) {
            analyzer.callerScopes.add(s);
        }
        Scope top = new Scope(Scope.Kind.FUNCTION, caller, program, true);
        caller.innerScopes().remove(top); // the caller's tree is final: an eval in a loop must not grow it
        if (!program.strict()) {
            analyzer.evalVarScope = top;
            top.markCallsSloppyEval();
        }
        return analyzer.analyzeEvalCode(program, top);
    }

    /**
     * What direct eval code called in `callSite` may use (ECMA-262 §19.2.1.1 PerformEval steps
     * 5-7): the innermost non-arrow function around it (looking through arrows and direct eval
     * code, which are arrow-like) decides — in a class member or an object-literal method,
     * `super.x` with that member's home object; in a field initializer or static block, no
     * `arguments`.
     */
    public static dev.kindling.frontend.Parser.EvalSite evalSite(Scope callSite) {
        for (Scope s = callSite; s != null; s = s.outer()) {
            if (!s.isFunctionScope() || s.isArrowFunction()) {
                continue;
            }
            if (!(s.node() instanceof FunctionLiteral fn) || s.outer() == null
                    || !(s.outer().node() instanceof Expression.ClassLiteral || s.outer().node() instanceof Expression.ObjectLiteral)) {
                return dev.kindling.frontend.Parser.EvalSite.NONE;
            }
            boolean initializer = fn.kind() == Expression.FunctionKind.INITIALIZER;
            boolean staticHome = s.outer().node() instanceof Expression.ClassLiteral c
                    && (fn == c.staticInitializer() || c.members().stream().anyMatch(m -> m.value() == fn && m.isStatic()));
            return new dev.kindling.frontend.Parser.EvalSite(true, staticHome, initializer);
        }
        return dev.kindling.frontend.Parser.EvalSite.NONE;
    }

    /**
     * True for a call that is a direct eval if its callee turns out to be %eval% (ECMA-262
     * §13.3.6.1): the callee is the plain name `eval`, not optional, without spread arguments.
     */
    public static boolean isPossiblyDirectEval(Expression.Call call) {
        return call.callee() instanceof Identifier id && id.name().equals("eval") && !call.optional()
                && call.arguments().stream().noneMatch(a -> a instanceof Expression.Spread);
    }

    /**
     * A direct eval in `scope` can see every name visible there: the scopes from it outward
     * (up to the code of an earlier analysis, already so) keep all their variables in
     * Contexts; the function containing it gets the `arguments` and new.target eval code may
     * name; in sloppy code that function's var bindings may grow at run time (callsSloppyEval).
     */
    private void markDirectEval(Scope scope) {
        for (Scope s = scope; s != null && !callerScopes.contains(s); s = s.outer()) {
            s.markInnerScopeCallsEval();
        }
        Scope function = scope.functionScope();
        boolean strict = function.node() instanceof FunctionLiteral fn ? fn.strict()
                : function.node() instanceof Program p && p.strict();
        if (!strict && function.isFunctionScope()) {
            function.markCallsSloppyEval();
        }
        for (Scope s = scope; s != null && !callerScopes.contains(s); s = s.outer()) {
            if (s.isFunctionScope() && !s.isArrowFunction()) {
                if (s.lookupLocal(ARGUMENTS) == null && !(s.node() instanceof Program && result.evalCode)) {
                    declareArguments(s); // global code has none
                }
                String newTarget = Expression.ClassLiteral.NEW_TARGET;
                if (s.node() instanceof FunctionLiteral && s.lookupLocal(newTarget) == null) {
                    s.declare(newTarget, Variable.Kind.NEW_TARGET, s.node().pos(), -1);
                }
                break;
            }
        }
    }

    /**
     * A var or function declaration at the top of sloppy direct eval code: binds the caller's
     * function-scope variable of that name if there is one, else is a new binding created at
     * run time (evalVarNames). A lexical binding of the name on the way is a redeclaration.
     */
    private void declareEvalVar(String name, int pos) {
        for (Scope c = evalVarScope.outer(); c != null; c = c.outer()) {
            Variable v = c.lookupLocal(name);
            if (v != null && v.isLexical()) {
                throw redeclared(name, pos);
            }
            if (c == evalVarScope.outer().varScope()) {
                if (v == null) {
                    result.evalVarNames.add(name);
                }
                return;
            }
        }
    }

    /** True if `v`, what `name` statically resolved to in sloppy direct eval code, is the eval's new binding. */
    private boolean isNewEvalBinding(String name, Variable v) {
        return evalVarScope != null && result.evalVarNames.contains(name) && (v == null || callerScopes.contains(v.scope()));
    }

    /** The Program's function scope: `this` and the module wrapper's parameters. */
    private Scope topScope(Program program, Scope outer) {
        Scope top = new Scope(Scope.Kind.FUNCTION, outer, program, false);
        result.scopes.put(program, top);
        top.declare(THIS, Variable.Kind.THIS, 0, -1);
        for (int i = 0; i < MODULE_PARAMETERS.size(); i++) {
            top.declare(MODULE_PARAMETERS.get(i), Variable.Kind.PARAMETER, 0, i);
        }
        return top;
    }

    /**
     * A REPL input's declarations of names an earlier input declared: a lexical one on either
     * side is a redeclaration; a var or function rebinds the earlier variable (removed from
     * this input's scope, so references resolve to the earlier one).
     */
    private void bindEarlierReplDeclarations(Scope repl) {
        for (Variable v : List.copyOf(repl.variables())) {
            Variable earlier = lookup(v.name(), repl.outer());
            if (earlier == null) {
                continue;
            }
            if (v.isLexical() || earlier.isLexical()) {
                throw redeclared(v.name(), v.declarationEnd());
            }
            repl.remove(v.name());
        }
    }

    // =========================================================================================
    // Pass 1: declarations
    // =========================================================================================

    private void declareFunction(FunctionLiteral fn, Scope outer) {
        Scope scope = new Scope(Scope.Kind.FUNCTION, outer, fn, fn.isArrow());
        result.scopes.put(fn, scope);
        if (!fn.isArrow()) {
            scope.declare(THIS, Variable.Kind.THIS, fn.pos(), -1);
        }
        for (int i = 0; i < fn.params().size(); i++) {
            Expression.Param p = fn.params().get(i);
            if (p.target() instanceof Identifier id) {
                scope.declare(id.name(), Variable.Kind.PARAMETER, id.pos(), i);
            } else {
                // A pattern's names are parameters without an argument register of their own
                // (index -1): the destructuring code at function entry stores them.
                for (Identifier id : Pattern.boundNames(p.target())) {
                    scope.declare(id.name(), Variable.Kind.PARAMETER, id.pos(), -1);
                }
                declareExpression((Expression) p.target(), scope);
            }
            if (p.defaultValue() != null) {
                declareExpression(p.defaultValue(), scope);
            }
        }
        declareBody(fn.body(), scope);
        if (fn.selfBinding() && !fn.name().isEmpty() && scope.lookupLocal(fn.name()) == null) {
            scope.declare(fn.name(), Variable.Kind.FUNCTION_SELF, fn.pos(), -1);
        }
    }

    /** A function body: hoisted functions and lexical declarations of the top level, then the rest. */
    private void declareBody(List<Statement> body, Scope scope) {
        declareLexical(body, scope);
        for (Statement s : body) {
            declareStatement(s, scope);
        }
    }

    /** Declares the let/const/function declarations that appear directly in a statement list. */
    private void declareLexical(List<Statement> statements, Scope scope) {
        for (Statement s : statements) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != VarKind.VAR) {
                for (Statement.VariableDeclarator decl : d.declarations()) {
                    for (Identifier id : Pattern.boundNames(decl.target())) {
                        declareLexicalName(id, d.kind() == VarKind.LET ? Variable.Kind.LET : Variable.Kind.CONST, scope);
                    }
                }
            } else if (s instanceof Statement.ClassDeclaration c) {
                if (scope.lookupLocal(c.cls().name()) != null) {
                    // node underlines the whole declaration, from `class` to its closing brace
                    int line = source.line(c.pos());
                    throw new JsSyntaxError(source.fileName(), line, source.column(c.pos()),
                            Math.min(c.cls().end() - c.pos(), source.lineText(line).length() - source.column(c.pos()) + 1),
                            source.lineText(line), "Identifier '" + c.cls().name() + "' has already been declared");
                }
                scope.declare(c.cls().name(), Variable.Kind.LET, classNamePos(c.cls()), -1);
            } else if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f && scope == globalVarScope) {
                result.evalVarNames.add(f.function().name()); // a global, see analyzeGlobalEval
            } else if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f && scope == evalVarScope) {
                declareEvalVar(f.function().name(), f.function().pos()); // the caller's, see analyzeDirectEval
            } else if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f) {
                String name = f.function().name();
                Variable existing = scope.lookupLocal(name);
                if (existing != null && (existing.isLexical()
                        || (!scope.isFunctionScope() && existing.kind() != Variable.Kind.FUNCTION))) {
                    throw redeclared(name, f.function().pos());
                }
                if (existing == null || existing.kind() != Variable.Kind.PARAMETER) {
                    scope.declare(name, Variable.Kind.FUNCTION, f.pos(), -1);
                }
                if (!scope.isFunctionScope() && !scope.isReplScope()) {
                    hoistBlockFunction((Statement.FunctionDeclaration) Statement.unlabelled(s), scope);
                }
            }
        }
    }

    /**
     * Annex B.3.3 (web-compatible block functions): in sloppy code a function declared in a
     * block also binds a var of its name in the enclosing function, assigned when the
     * declaration is evaluated — unless a var there would be an early error (a let, const,
     * class or block function of that name in an enclosing block, a catch pattern binding it)
     * or would shadow a parameter or a lexical binding of the function's top level.
     */
    private void hoistBlockFunction(Statement.FunctionDeclaration f, Scope block) {
        Scope function = block.functionScope();
        boolean strict = function.node() instanceof Program p ? p.strict() : ((FunctionLiteral) function.node()).strict();
        String name = f.function().name();
        if (strict || name.equals("arguments") || f.function().kind().isGenerator()) {
            return; // B.3.3 is for plain functions: a generator in a block stays in the block
        }
        for (Scope s = block.outer(); s != function; s = s.outer()) {
            Variable existing = s.lookupLocal(name);
            if (existing != null && !(existing.kind() == Variable.Kind.CATCH
                    && s.node() instanceof Statement.CatchClause c && c.param() instanceof Identifier)) {
                return;
            }
        }
        Variable top = function.lookupLocal(name);
        if (top == null && replScope != null && function.outer() == replScope) {
            top = replScope.lookupLocal(name);
        }
        if (top != null && (top.isLexical() || top.kind() == Variable.Kind.PARAMETER)) {
            return;
        }
        boolean byName = function == globalVarScope || function == evalVarScope;
        declareVar(new Identifier(f.pos(), name), function);
        if (byName) {
            // code from a string: the var is a global, or the caller's binding a direct eval makes
            Identifier reference = new Identifier(f.pos(), name);
            if (function == evalVarScope) {
                result.dynamicReferences.add(reference);
            }
            result.annexBNames.put(f, reference);
            return;
        }
        Variable var = lookup(name, function);
        var.markAssigned(); // by the declaration's evaluation, after the var's hoisted undefined
        result.annexBVars.put(f, var);
    }

    /** The offset of a class declaration's name: after `class` and the blanks that follow it. */
    private int classNamePos(Expression.ClassLiteral c) {
        int pos = c.pos() + "class".length();
        String text = source.text();
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private void declareLexicalName(Identifier id, Variable.Kind kind, Scope scope) {
        Variable existing = scope.lookupLocal(id.name());
        if (existing != null && existing.kind() != Variable.Kind.THIS) {
            throw redeclared(id.name(), id.pos());
        }
        scope.declare(id.name(), kind, id.pos(), -1);
    }

    /**
     * `var x` anywhere in a function: declared in the function scope, checked against blocks.
     * A catch parameter may share its name with a var only when it is a plain identifier
     * (`catch (e) { var e; }`, Annex B.3.5); a name bound by a catch pattern may not. A function
     * declared in a block or a switch is lexical there (§14.2.1: LexicallyDeclaredNames), so a
     * var of its name in that block, or in a block inside it, is a redeclaration.
     */
    private void declareVar(Identifier id, Scope scope) {
        for (Scope s = scope; ; s = s.outer()) {
            Variable existing = s.lookupLocal(id.name());
            if (existing != null && (existing.isLexical() || existing.kind() == Variable.Kind.CATCH
                    && s.node() instanceof Statement.CatchClause c && !(c.param() instanceof Identifier)
                    || existing.kind() == Variable.Kind.FUNCTION && !s.isFunctionScope() && !s.isReplScope())) {
                throw redeclared(id.name(), id.pos());
            }
            if (s == globalVarScope) {
                result.evalVarNames.add(id.name()); // a global, see analyzeGlobalEval
                return;
            }
            if (s == evalVarScope) {
                declareEvalVar(id.name(), id.pos()); // the caller's, see analyzeDirectEval
                return;
            }
            if (s.isFunctionScope()) {
                if (replScope != null && s.outer() == replScope) {
                    declareVar(id, replScope); // a REPL input's top level: into its REPL scope
                } else if (existing == null) {
                    s.declare(id.name(), Variable.Kind.VAR, id.pos(), -1);
                }
                return;
            }
            if (s.isReplScope()) {
                if (existing == null) {
                    s.declare(id.name(), Variable.Kind.VAR, id.pos(), -1);
                }
                return;
            }
        }
    }

    /**
     * §14.15.1: a name the catch parameter binds may not be declared lexically (let, const,
     * class, function) at the top of the catch block: `catch (e) { let e; }`.
     */
    private void checkCatchBodyLexicals(Statement.CatchClause handler, Scope catchScope) {
        for (Statement s : handler.body().body()) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != VarKind.VAR) {
                for (Statement.VariableDeclarator decl : d.declarations()) {
                    for (Identifier id : Pattern.boundNames(decl.target())) {
                        if (catchScope.lookupLocal(id.name()) != null) {
                            throw redeclared(id.name(), id.pos());
                        }
                    }
                }
            } else if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f && catchScope.lookupLocal(f.function().name()) != null) {
                throw redeclared(f.function().name(), f.function().pos());
            } else if (s instanceof Statement.ClassDeclaration c && catchScope.lookupLocal(c.cls().name()) != null) {
                throw redeclared(c.cls().name(), c.pos());
            }
        }
    }

    /** V8 marks a redeclared name with a single caret at its first character, whatever its length. */
    private JsSyntaxError redeclared(String name, int pos) {
        int line = source.line(pos);
        return new JsSyntaxError(source.fileName(), line, source.column(pos), 1, source.lineText(line),
                "Identifier '" + name + "' has already been declared");
    }

    private Scope newBlockScope(Node node, Scope outer) {
        Scope scope = new Scope(Scope.Kind.BLOCK, outer, node, false);
        result.scopes.put(node, scope);
        return scope;
    }

    private static boolean hasLexical(List<Statement> statements) {
        for (Statement s : statements) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != VarKind.VAR
                    || Statement.unlabelled(s) instanceof Statement.FunctionDeclaration || s instanceof Statement.ClassDeclaration) {
                return true;
            }
        }
        return false;
    }

    private void declareStatement(Statement s, Scope scope) {
        if (s instanceof Statement.VariableDeclaration d) {
            for (Statement.VariableDeclarator decl : d.declarations()) {
                if (d.kind() == VarKind.VAR) {
                    for (Identifier id : Pattern.boundNames(decl.target())) {
                        declareVar(id, scope);
                    }
                }
                if (!(decl.target() instanceof Identifier)) {
                    declareExpression((Expression) decl.target(), scope); // defaults and computed keys
                }
                if (decl.init() != null) {
                    declareExpression(decl.init(), scope);
                }
            }
        } else if (s instanceof Statement.FunctionDeclaration f) {
            declareFunction(f.function(), scope);
        } else if (s instanceof Statement.ClassDeclaration c) {
            declareExpression(c.cls(), scope);
        } else if (s instanceof Statement.ExpressionStatement e) {
            declareExpression(e.expression(), scope);
        } else if (s instanceof Statement.Block b) {
            Scope inner = scope;
            if (hasLexical(b.body())) {
                inner = newBlockScope(b, scope);
                declareLexical(b.body(), inner);
            }
            for (Statement c : b.body()) {
                declareStatement(c, inner);
            }
        } else if (s instanceof Statement.If i) {
            declareExpression(i.test(), scope);
            declareStatement(i.consequent(), scope);
            if (i.alternate() != null) {
                declareStatement(i.alternate(), scope);
            }
        } else if (s instanceof Statement.While w) {
            declareExpression(w.test(), scope);
            declareStatement(w.body(), scope);
        } else if (s instanceof Statement.DoWhile d) {
            declareStatement(d.body(), scope);
            declareExpression(d.test(), scope);
        } else if (s instanceof Statement.With w) {
            declareExpression(w.object(), scope);
            Scope inner = new Scope(Scope.Kind.WITH, scope, w, false);
            result.scopes.put(w, inner);
            declareStatement(w.body(), inner);
        } else if (s instanceof Statement.For f) {
            Scope inner = scope;
            if (f.init() instanceof Statement.VariableDeclaration d && d.kind() != VarKind.VAR) {
                inner = newBlockScope(f, scope);
                declareLexical(List.of(d), inner);
            }
            if (f.init() != null) {
                declareStatement(f.init(), inner);
            }
            if (f.test() != null) {
                declareExpression(f.test(), inner);
            }
            if (f.update() != null) {
                declareExpression(f.update(), inner);
            }
            declareStatement(f.body(), inner);
        } else if (s instanceof Statement.ForIn f) {
            declareForInOf(f, f.left(), f.right(), f.body(), scope);
        } else if (s instanceof Statement.ForOf f) {
            declareForInOf(f, f.left(), f.right(), f.body(), scope);
        } else if (s instanceof Statement.Return r) {
            if (r.argument() != null) {
                declareExpression(r.argument(), scope);
            }
        } else if (s instanceof Statement.Throw t) {
            declareExpression(t.argument(), scope);
        } else if (s instanceof Statement.Try t) {
            declareStatement(t.block(), scope);
            if (t.handler() != null) {
                Scope inner = scope;
                if (t.handler().param() != null) {
                    inner = new Scope(Scope.Kind.CATCH, scope, t.handler(), false);
                    result.scopes.put(t.handler(), inner);
                    for (Identifier id : Pattern.boundNames(t.handler().param())) {
                        if (inner.lookupLocal(id.name()) != null) {
                            throw redeclared(id.name(), id.pos()); // `catch ([a, a])`
                        }
                        inner.declare(id.name(), Variable.Kind.CATCH, id.pos(), -1);
                    }
                    if (!(t.handler().param() instanceof Identifier)) {
                        declareExpression((Expression) t.handler().param(), inner);
                    }
                    checkCatchBodyLexicals(t.handler(), inner);
                }
                declareStatement(t.handler().body(), inner);
            }
            if (t.finalizer() != null) {
                declareStatement(t.finalizer(), scope);
            }
        } else if (s instanceof Statement.Switch sw) {
            declareExpression(sw.discriminant(), scope);
            Scope inner = scope;
            List<Statement> all = sw.cases().stream().flatMap(c -> c.consequent().stream()).toList();
            if (hasLexical(all)) {
                inner = newBlockScope(sw, scope);
                inner.markSwitchScope();
                declareLexical(all, inner);
            }
            for (Statement.SwitchCase c : sw.cases()) {
                if (c.test() != null) {
                    declareExpression(c.test(), inner);
                }
                for (Statement st : c.consequent()) {
                    declareStatement(st, inner);
                }
            }
        } else if (s instanceof Statement.Labeled l) {
            declareStatement(l.body(), scope);
        }
        // Empty, Break, Continue, Debugger declare nothing.
    }

    private void declareForInOf(Statement loop, Statement left, Expression right, Statement body, Scope scope) {
        Scope inner = scope;
        if (left instanceof Statement.VariableDeclaration d && d.kind() != VarKind.VAR) {
            inner = newBlockScope(loop, scope);
            declareLexical(List.of(d), inner);
        }
        // The head's defaults and computed keys run in the per-iteration scope: the functions
        // in them get their scopes here, or compiling them later finds none.
        declareStatement(left, inner);
        declareExpression(right, scope);
        declareStatement(body, inner);
    }

    /** Expressions declare nothing themselves, but the functions inside them have scopes. */
    private void declareExpression(Expression e, Scope scope) {
        if (e instanceof Expression.Call call && isPossiblyDirectEval(call)) {
            markDirectEval(scope);
        }
        Scope inner = e instanceof Expression.ClassLiteral c ? declareClassScope(c, scope)
                : e instanceof Expression.ObjectLiteral o && usesSuper(o) ? declareHomeObjectScope(o, scope) : scope;
        forEachChild(e, child -> declareExpression(child, inner), fn -> declareFunction(fn, inner));
    }

    /**
     * True if a method of object literal `o` uses `super.x` (itself or in an arrow inside it),
     * or may through a direct eval.
     */
    private static boolean usesSuper(Expression.ObjectLiteral o) {
        for (Expression.Property p : o.properties()) {
            if (p.value() instanceof FunctionLiteral f && !f.isArrow() && p.kind() != Expression.PropertyKind.INIT
                    && Children.find(f, n -> n instanceof Expression.SuperProperty
                                    || n instanceof Expression.Call c && isPossiblyDirectEval(c),
                            n -> n == f || !(n instanceof FunctionLiteral g) || g.isArrow()) != null) {
                return true;
            }
        }
        return false;
    }

    /** An object literal whose methods use `super`: a scope holding the literal as their home object. */
    private Scope declareHomeObjectScope(Expression.ObjectLiteral o, Scope outer) {
        Scope scope = newBlockScope(o, outer);
        scope.declare(Expression.ClassLiteral.HOME_OBJECT, Variable.Kind.CLASS_INTERNAL, o.pos(), -1);
        return scope;
    }

    /**
     * A class body's scope (ECMA-262 ClassDefinitionEvaluation's classEnv): the class's own
     * name, bound const-like inside the class, and the hidden variables V8 keeps there — the
     * home objects that `super.x` starts from and the instance field initializer.
     */
    private Scope declareClassScope(Expression.ClassLiteral c, Scope outer) {
        Scope scope = newBlockScope(c, outer);
        if (!c.name().isEmpty()) {
            scope.declare(c.name(), Variable.Kind.CONST, c.pos(), -1);
        }
        scope.declare(Expression.ClassLiteral.HOME_OBJECT, Variable.Kind.CLASS_INTERNAL, c.pos(), -1);
        scope.declare(Expression.ClassLiteral.STATIC_HOME_OBJECT, Variable.Kind.CLASS_INTERNAL, c.pos(), -1);
        if (c.instanceInitializer() != null) {
            scope.declare(Expression.ClassLiteral.INSTANCE_INITIALIZER, Variable.Kind.CLASS_INTERNAL, c.pos(), -1);
        }
        for (int i = 0; i < c.members().size(); i++) {
            Expression.ClassMember m = c.members().get(i);
            if (m.isComputedField()) {
                scope.declare(Expression.ClassLiteral.fieldKeyName(i), Variable.Kind.CLASS_INTERNAL, c.pos(), -1);
            } else if (m.isPrivate()) {
                // The private name #x (V8 declares it in the class scope too), and a method's closure.
                if (scope.lookupLocal(m.name()) == null) {
                    scope.declare(m.name(), Variable.Kind.CLASS_INTERNAL, m.pos(), -1);
                }
                if (m.value() != null) {
                    scope.declare(Expression.ClassLiteral.privateValueName(i), Variable.Kind.CLASS_INTERNAL, m.pos(), -1);
                }
            }
        }
        return scope;
    }

    /**
     * Calls `onFunction` if `e` is a function literal, else `onExpression` for each direct
     * sub-expression of `e` (looking through object-literal properties).
     */
    private static void forEachChild(Expression e, Consumer<Expression> onExpression,
                                     Consumer<FunctionLiteral> onFunction) {
        if (e instanceof FunctionLiteral fn) {
            onFunction.accept(fn);
            return;
        }
        for (Node child : Children.of(e)) {
            if (child instanceof Expression x) {
                onExpression.accept(x);
            } else {
                for (Node grandchild : Children.of(child)) {
                    onExpression.accept((Expression) grandchild);
                }
            }
        }
    }

    // =========================================================================================
    // Pass 2: resolution, in source order
    // =========================================================================================

    private void resolveFunction(FunctionLiteral fn) {
        Scope scope = result.scopes.get(fn);
        // With default values, parameters are bound left to right; until then they are in
        // their TDZ (ECMA-262 FunctionDeclarationInstantiation, hasParameterExpressions).
        boolean hasExpressions = fn.params().stream()
                .anyMatch(p -> p.defaultValue() != null || !(p.target() instanceof Identifier));
        if (hasExpressions) {
            for (Expression.Param p : fn.params()) {
                for (Identifier id : Pattern.boundNames(p.target())) {
                    pendingParameters.add(scope.lookupLocal(id.name()));
                }
            }
        }
        defaultsOf = hasExpressions ? scope : null;
        for (Expression.Param p : fn.params()) {
            if (p.defaultValue() != null) {
                resolveExpression(p.defaultValue(), scope);
            }
            bindDeclaration(p.target(), scope);
        }
        defaultsOf = null;
        resolveStatements(fn.body(), scope);
    }

    private void resolveStatements(List<Statement> statements, Scope scope) {
        for (Statement s : statements) {
            if (Statement.unlabelled(s) instanceof Statement.FunctionDeclaration f) {
                Variable v = lookup(f.function().name(), scope);
                if (scope == evalVarScope && isNewEvalBinding(f.function().name(), v)) {
                    result.dynamicReferences.add(f); // stored by name, see analyzeDirectEval
                    v = null;
                }
                result.resolutions.put(f, v);
                initialized.add(v);
            }
        }
        for (Statement s : statements) {
            resolveStatement(s, scope);
        }
    }

    private Scope scopeFor(Node node, Scope outer) {
        Scope s = result.scopes.get(node);
        return s != null ? s : outer;
    }

    private void resolveStatement(Statement s, Scope scope) {
        if (s instanceof Statement.VariableDeclaration d) {
            for (Statement.VariableDeclarator decl : d.declarations()) {
                if (decl.init() != null) {
                    resolveExpression(decl.init(), scope);
                }
                bindDeclaration(decl.target(), scope);
            }
        } else if (s instanceof Statement.FunctionDeclaration f) {
            resolveFunction(f.function());
        } else if (s instanceof Statement.ClassDeclaration c) {
            resolveExpression(c.cls(), scope);
            Variable v = lookup(c.cls().name(), scope);
            result.resolutions.put(c, v);
            initialized.add(v);
        } else if (s instanceof Statement.ExpressionStatement e) {
            resolveExpression(e.expression(), scope);
        } else if (s instanceof Statement.Block b) {
            resolveStatements(b.body(), scopeFor(b, scope));
        } else if (s instanceof Statement.If i) {
            resolveExpression(i.test(), scope);
            resolveStatement(i.consequent(), scope);
            if (i.alternate() != null) {
                resolveStatement(i.alternate(), scope);
            }
        } else if (s instanceof Statement.While w) {
            resolveExpression(w.test(), scope);
            resolveStatement(w.body(), scope);
        } else if (s instanceof Statement.DoWhile d) {
            resolveStatement(d.body(), scope);
            resolveExpression(d.test(), scope);
        } else if (s instanceof Statement.With w) {
            resolveExpression(w.object(), scope);
            resolveStatement(w.body(), scopeFor(w, scope));
        } else if (s instanceof Statement.For f) {
            Scope inner = scopeFor(f, scope);
            if (f.init() != null) {
                resolveStatement(f.init(), inner);
            }
            if (f.test() != null) {
                resolveExpression(f.test(), inner);
            }
            resolveStatement(f.body(), inner);
            if (f.update() != null) {
                resolveExpression(f.update(), inner);
            }
        } else if (s instanceof Statement.ForIn f) {
            resolveForInOf(f, f.left(), f.right(), f.body(), scope);
        } else if (s instanceof Statement.ForOf f) {
            resolveForInOf(f, f.left(), f.right(), f.body(), scope);
        } else if (s instanceof Statement.Return r) {
            if (r.argument() != null) {
                resolveExpression(r.argument(), scope);
            }
        } else if (s instanceof Statement.Throw t) {
            resolveExpression(t.argument(), scope);
        } else if (s instanceof Statement.Try t) {
            resolveStatement(t.block(), scope);
            if (t.handler() != null) {
                Scope inner = scopeFor(t.handler(), scope);
                if (t.handler().param() != null) {
                    bindDeclaration(t.handler().param(), inner);
                }
                resolveStatement(t.handler().body(), inner);
            }
            if (t.finalizer() != null) {
                resolveStatement(t.finalizer(), scope);
            }
        } else if (s instanceof Statement.Switch sw) {
            resolveExpression(sw.discriminant(), scope);
            Scope inner = scopeFor(sw, scope);
            for (Statement.SwitchCase c : sw.cases()) {
                for (Statement st : c.consequent()) {
                    if (Statement.unlabelled(st) instanceof Statement.FunctionDeclaration f) {
                        Variable v = lookup(f.function().name(), inner);
                        result.resolutions.put(f, v);
                        initialized.add(v);
                    }
                }
            }
            for (Statement.SwitchCase c : sw.cases()) {
                if (c.test() != null) {
                    resolveExpression(c.test(), inner);
                }
                for (Statement st : c.consequent()) {
                    resolveStatement(st, inner);
                }
            }
        } else if (s instanceof Statement.Labeled l) {
            resolveStatement(l.body(), scope);
        }
    }

    private void resolveForInOf(Statement loop, Statement left, Expression right, Statement body, Scope scope) {
        Scope inner = scopeFor(loop, scope);
        // The iterated expression is evaluated before the loop's own bindings exist.
        resolveExpression(right, scope);
        if (left instanceof Statement.VariableDeclaration d) {
            bindDeclaration(d.declarations().get(0).target(), inner);
        } else {
            Expression target = ((Statement.ExpressionStatement) left).expression();
            if (target instanceof Pattern p && !(target instanceof Identifier)) {
                resolveAssignmentPattern(p, scope);
            } else {
                resolveExpression(target, scope);
            }
            if (target instanceof Identifier id && result.resolutions.get(id) != null) {
                result.resolutions.get(id).markAssigned();
            }
        }
        resolveStatement(body, inner);
    }

    /** A binding occurrence (a name or a binding pattern): see resolvePattern. */
    private void bindDeclaration(Pattern target, Scope scope) {
        resolvePattern(target, scope, false);
    }

    /** The targets of a destructuring assignment: see resolvePattern. */
    private void resolveAssignmentPattern(Pattern target, Scope scope) {
        resolvePattern(target, scope, true);
    }

    /**
     * A pattern, in evaluation order: each computed key, then the default and the target. A
     * binding's default runs before its name is initialized (so it still sees the names bound
     * after it in their TDZ, `let [a = b, b] = []`); an assignment's target reference (`o.p`)
     * is evaluated before the default. A bound name is marked initialized from here on, an
     * assigned one maybe-assigned.
     */
    private void resolvePattern(Pattern target, Scope scope, boolean assignment) {
        if (target instanceof Expression.ObjectPattern o) {
            for (Expression.PatternProperty p : o.properties()) {
                resolveIfPresent(p.computedKey(), scope);
                resolveElement(p.target(), p.defaultValue(), scope, assignment);
            }
            if (o.rest() != null) {
                resolvePattern(o.rest(), scope, assignment);
            }
        } else if (target instanceof Expression.ArrayPattern a) {
            for (Expression.PatternElement e : a.elements()) {
                if (e != null) {
                    resolveElement(e.target(), e.defaultValue(), scope, assignment);
                }
            }
            if (a.rest() != null) {
                resolvePattern(a.rest(), scope, assignment);
            }
        } else if (assignment && target instanceof Identifier id) {
            resolveReference(id, id.name(), scope);
            Variable v = result.resolutions.get(id);
            if (v != null) {
                v.markAssigned();
            }
        } else if (assignment) {
            resolveExpression((Expression) target, scope);
        } else {
            Identifier id = (Identifier) target;
            Variable v = lookup(id.name(), scope);
            if (isNewEvalBinding(id.name(), v)) {
                result.dynamicReferences.add(id); // stored by name, see analyzeDirectEval
                v = null;
            }
            if (bindsThroughWith(scope, v == null ? null : v.scope())) {
                result.dynamicReferences.add(id);
                result.withReferences.add(id);
                if (v != null) {
                    v.markCaptured();
                }
            }
            result.resolutions.put(id, v);
            if (v != null) {
                if (initialized.contains(v) || v.kind() == Variable.Kind.VAR) {
                    v.markAssigned(); // a second binding, a loop's next iteration, or a var (re)initialized
                }
                initialized.add(v);
                pendingParameters.remove(v);
            }
        }
    }

    private void resolveElement(Pattern target, Expression defaultValue, Scope scope, boolean assignment) {
        if (assignment) {
            resolvePattern(target, scope, true);
            resolveIfPresent(defaultValue, scope);
        } else {
            resolveIfPresent(defaultValue, scope);
            resolvePattern(target, scope, false);
        }
    }

    private void resolveIfPresent(Expression e, Scope scope) {
        if (e != null) {
            resolveExpression(e, scope);
        }
    }

    private void resolveExpression(Expression e, Scope scope) {
        if (e instanceof Expression.Assign a && a.target() instanceof Pattern p && !(p instanceof Identifier)
                && !(p instanceof Expression.Member) && !(p instanceof Expression.Index)) {
            resolveExpression(a.value(), scope); // `[a, b] = v`: v first, then the targets
            resolveAssignmentPattern(p, scope);
            return;
        }
        Expression assigned = e instanceof Expression.Assign a ? a.target()
                : e instanceof Expression.Update u ? u.target() : null;
        if (assigned instanceof Identifier target) {
            resolveReference(target, target.name(), scope);
            Variable v = result.resolutions.get(target);
            if (v != null) {
                v.markAssigned();
            }
        }
        if (e instanceof Identifier id) {
            resolveReference(id, id.name(), scope);
        } else if (e instanceof Expression.This t) {
            resolveReference(t, THIS, scope);
        } else if (e instanceof Expression.ClassLiteral || e instanceof Expression.ObjectLiteral && result.scopes.get(e) != null) {
            Scope inner = result.scopes.get(e);
            for (Variable v : inner.variables()) {
                if (v.kind() == Variable.Kind.CLASS_INTERNAL) {
                    initialized.add(v); // set before any code that can see them runs
                }
            }
            forEachChild(e, child -> {
                boolean heritage = e instanceof Expression.ClassLiteral c && child == c.superClass();
                if (heritage) {
                    privateNamesHidden.add(inner); // `extends` sees the class's name, not its private names
                }
                resolveExpression(child, inner);
                privateNamesHidden.remove(inner);
            }, this::resolveFunction);
        } else {
            forEachChild(e, child -> resolveExpression(child, scope), this::resolveFunction);
            if (e instanceof Expression.SuperCall call && result.resolutions.get(call.receiver()) != null) {
                result.resolutions.get(call.receiver()).markAssigned(); // super() binds `this`
            }
        }
    }

    private void resolveReference(Node ref, String name, Scope scope) {
        boolean crossedFunction = false;
        // Past a scope whose bindings a sloppy eval may add to, or a with statement's object
        // may have, the name is looked up at run time.
        boolean dynamic = false;
        boolean throughWith = false;
        for (Scope s = scope; s != null; s = s.outer()) {
            Variable v = s.lookupLocal(name);
            if (v != null && s == defaultsOf && (v.kind() == Variable.Kind.VAR || v.kind() == Variable.Kind.FUNCTION)) {
                v = null;
            }
            if (v != null && name.startsWith("#") && privateNamesHidden.contains(s)) {
                v = null;
            }
            boolean own = !callerScopes.contains(s); // an earlier analysis's scope is never declared into
            if (v == null && own && name.equals(ARGUMENTS) && s.isFunctionScope() && !s.isArrowFunction()) {
                v = declareArguments(s);
            }
            if (v == null && own && s.isFunctionScope() && !s.isArrowFunction()) {
                if (name.equals(Expression.ClassLiteral.NEW_TARGET)) {
                    v = s.declare(name, Variable.Kind.NEW_TARGET, s.node().pos(), -1);
                } else if (name.equals(Expression.ClassLiteral.THIS_FUNCTION)) {
                    v = s.declare(name, Variable.Kind.THIS_FUNCTION, s.node().pos(), -1);
                }
            }
            if (v != null) {
                result.resolutions.put(ref, v);
                if (dynamic) {
                    result.dynamicReferences.add(ref);
                }
                if (throughWith) {
                    result.withReferences.add(ref);
                    v.markCaptured(); // the lookup by name finds it in its Context
                }
                if (crossedFunction) {
                    v.markCaptured();
                } else if (pendingParameters.contains(v)) {
                    result.alwaysInTdz.add(ref);
                }
                if (v.isLexical() && (crossedFunction || !initialized.contains(v) || v.scope().isSwitchScope())) {
                    result.holeChecks.add(ref);
                    result.holeVariables.add(v);
                }
                return;
            }
            if (s.isFunctionScope()) {
                crossedFunction = true;
            }
            if ((s.callsSloppyEval() || s.isWithScope()) && isOrdinaryName(name)) {
                dynamic = true;
                throughWith |= s.isWithScope();
            }
        }
        if (dynamic) {
            result.dynamicReferences.add(ref);
        }
        if (throughWith) {
            result.withReferences.add(ref);
        }
        // Not found: a global. A private name must be found (§15.7.1 AllPrivateIdentifiersValid).
        if (name.startsWith("#")) {
            int line = source.line(ref.pos());
            throw new JsSyntaxError(source.fileName(), line, source.column(ref.pos()), 1, source.lineText(line),
                    "Private field '" + name + "' must be declared in an enclosing class");
        }
    }

    /** A name a with object or an eval's var can shadow: not `this`, a private name or a hidden variable. */
    private static boolean isOrdinaryName(String name) {
        return !name.equals(THIS) && !name.startsWith(".") && !name.startsWith("#");
    }

    /**
     * A binding occurrence of `name` in `scope` whose declaration is in scope `declared` (null:
     * none here, a global or an eval's new var) but lies past a `with` statement —
     * `with (o) { var x = 1; }` — initializes whatever binding the name finds at run time, as
     * an assignment would (ECMA-262 §14.3.2.1: a var's initializer is PutValue of
     * ResolveBinding), so o.x if o has it.
     */
    private boolean bindsThroughWith(Scope scope, Scope declared) {
        for (Scope s = scope; s != null && s != declared; s = s.outer()) {
            if (s.isWithScope()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The implicit `arguments` of function scope `s`, declared on first use. In sloppy code
     * with simple parameters the object's elements alias the parameters (ECMA-262
     * CreateMappedArgumentsObject), so — as V8 does — those parameters move to the context,
     * where both the function and the arguments object reach them.
     */
    private Variable declareArguments(Scope s) {
        Variable v = s.declare(ARGUMENTS, Variable.Kind.ARGUMENTS, s.node().pos(), -1);
        if (isMappedArguments(s)) {
            for (Variable p : s.variables()) {
                if (p.kind() == Variable.Kind.PARAMETER) {
                    p.markCaptured();
                    p.markAssigned(); // writes to arguments[i] change it
                }
            }
        }
        return v;
    }

    /** True if function scope `s` gets a mapped (parameter-aliasing) arguments object. */
    public static boolean isMappedArguments(Scope s) {
        if (s.node() instanceof Program program) {
            return !program.strict();
        }
        FunctionLiteral fn = (FunctionLiteral) s.node();
        return !fn.strict() && fn.params().stream()
                .allMatch(p -> p.defaultValue() == null && !p.rest() && p.target() instanceof Identifier);
    }

    private Variable lookup(String name, Scope scope) {
        for (Scope s = scope; s != null; s = s.outer()) {
            Variable v = s.lookupLocal(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    // =========================================================================================
    // Pass 3: allocation
    // =========================================================================================

    private void allocate(Scope function) {
        int[] registers = {0};
        allocateScope(function, registers);
        function.setLocalCount(registers[0]);
    }

    private void allocateScope(Scope scope, int[] registers) {
        int slot = Scope.MIN_CONTEXT_SLOT;
        for (Variable v : scope.variables()) {
            if (v.kind() == Variable.Kind.CLASS_INTERNAL && !v.isCaptured() && !scope.innerScopeCallsEval()) {
                continue; // no method uses it (nor eval code, which may use super): never stored
            }
            if (scope.innerScopeCallsEval()) {
                v.markCaptured(); // eval code may read it (see markDirectEval)
                v.markAssigned(); // ...and assign it: never an immutable load
            }
            if (v.isCaptured()) {
                v.allocate(Variable.Location.CONTEXT, slot++);
            } else if (v.kind() == Variable.Kind.PARAMETER && v.parameterIndex() >= 0) {
                v.allocate(Variable.Location.PARAMETER, v.parameterIndex());
            } else if (v.kind() == Variable.Kind.THIS) {
                v.allocate(Variable.Location.PARAMETER, -1);
            } else {
                v.allocate(Variable.Location.LOCAL, registers[0]++);
            }
        }
        // A sloppy-eval scope always has a Context: its extension holds the vars eval adds.
        // A with scope's Context holds its object (Context.withObject), no slots.
        scope.setContextSlotCount(slot > Scope.MIN_CONTEXT_SLOT || scope.callsSloppyEval() || scope.isWithScope() ? slot : 0);
        for (Scope inner : scope.innerScopes()) {
            if (inner.isFunctionScope()) {
                allocate(inner);
            } else {
                allocateScope(inner, registers);
            }
        }
    }
}
