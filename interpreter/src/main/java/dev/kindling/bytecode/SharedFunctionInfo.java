/*
 * What all closures of one function literal share (V8's SharedFunctionInfo): its AST, name,
 * parameter count, strictness and — once it has been called — its bytecode. Bytecode is
 * generated lazily, on the first call, as V8 does (DESIGN.md, stage 2), by the compiler the
 * Script was given (see Script: this package does not know the generator).
 */
package dev.kindling.bytecode;

import dev.kindling.frontend.ast.Expression.ClassLiteral;
import dev.kindling.frontend.ast.Expression.FunctionKind;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.frontend.scope.Variable;

public final class SharedFunctionInfo {
    private final Script script;
    /** The function literal, or null for the script's top level (the module function). */
    private final FunctionLiteral literal;
    private final String name;
    /** For a class constructor, its class (whose whole text is the function's source text); else null. */
    private final ClassLiteral classLiteral;
    private BytecodeArray bytecode;
    /** The register the interpreter puts new.target in on entry (V8's incoming new target register), or 0. */
    private int newTargetRegister;
    /** Read from the literal once: every call asks (V8 keeps such bits in the SharedFunctionInfo's flags). */
    private final boolean classConstructor;
    private final boolean strict;

    public SharedFunctionInfo(Script script, FunctionLiteral literal) {
        this(script, literal, null);
    }

    public SharedFunctionInfo(Script script, FunctionLiteral literal, ClassLiteral classLiteral) {
        this.script = script;
        this.literal = literal;
        this.name = literal == null ? "" : literal.name();
        this.classLiteral = classLiteral;
        this.classConstructor = literal != null && literal.kind().isClassConstructor();
        this.strict = literal == null ? script.program().strict() : literal.strict();
    }

    /** The class this function is the constructor of, or null. */
    public ClassLiteral classLiteral() {
        return classLiteral;
    }

    public boolean isClassConstructor() {
        return classConstructor;
    }

    /** A constructor of a class with `extends`: `this` is bound by super(), not on entry. */
    public boolean isDerivedConstructor() {
        return literal != null && literal.kind() == FunctionKind.DERIVED_CONSTRUCTOR;
    }

    /**
     * Plain and generator functions (async generators too) get a `prototype` object on first
     * touch; a class gets its own from DefineClass; async functions have none.
     */
    public boolean hasLazyPrototype() {
        return literal != null && (literal.kind() == FunctionKind.NORMAL || literal.kind().isGenerator());
    }

    /**
     * A sloppy-mode plain function (not an arrow, method, class or generator): V8 gives it own
     * "arguments" and "caller" properties, null (see JSFunction).
     */
    public boolean hasSloppyFunctionProperties() {
        return literal != null && literal.kind() == FunctionKind.NORMAL && !strict;
    }

    /**
     * A `function*` or a `*m() {}` method, async or not: its calls make a generator object
     * (V8's IsGeneratorFunction).
     */
    public boolean isGenerator() {
        return literal != null && literal.kind().isGenerator();
    }

    /** An `async function*` or `async *m() {}` (V8's IsAsyncGeneratorFunction). */
    public boolean isAsyncGenerator() {
        return literal != null && literal.kind().isAsyncGenerator();
    }

    /** An async function, arrow or method, not a generator: its calls return a promise. */
    public boolean isAsyncFunction() {
        return literal != null && literal.kind().isAsyncFunction();
    }

    /** A generator or async function, whose frame can suspend (V8's IsResumableFunction). */
    public boolean isResumable() {
        return literal != null && literal.kind().isResumable();
    }

    public int newTargetRegister() {
        return newTargetRegister;
    }

    /** Set by the generator when the function reads new.target (before its bytecode is published). */
    public void setNewTargetRegister(int register) {
        this.newTargetRegister = register;
    }

    public Script script() {
        return script;
    }

    /** The function literal, or null for the top-level code of the script. */
    public FunctionLiteral literal() {
        return literal;
    }

    /** The node whose scope is this function's: the literal, or the Program. */
    public Node scopeNode() {
        return literal == null ? script.program() : literal;
    }

    public boolean isTopLevel() {
        return literal == null;
    }

    public String name() {
        return name;
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean isArrow() {
        return literal != null && literal.isArrow();
    }

    /** Plain functions and classes are constructors; arrows and methods are not (ECMA-262 MakeConstructor). */
    public boolean isConstructor() {
        return literal == null || literal.kind() == FunctionKind.NORMAL || literal.kind().isClassConstructor();
    }

    /**
     * Formal parameter count: the module function has node's five wrapper parameters, the top
     * level of code from a string (ScopeAnalyzer.analyzeGlobalEval) none.
     */
    public int formalParameterCount() {
        if (literal != null) {
            return literal.params().size();
        }
        Variable first = script.scopes().scopeOf(script.program()).lookupLocal(ScopeAnalyzer.MODULE_PARAMETERS.get(0));
        return first != null && first.kind() == Variable.Kind.PARAMETER ? ScopeAnalyzer.MODULE_PARAMETERS.size() : 0;
    }

    /** The `length` property: parameters before the first one with a default or rest. */
    public int length() {
        if (literal == null) {
            return formalParameterCount();
        }
        int n = 0;
        for (var p : literal.params()) {
            if (p.defaultValue() != null || p.rest()) {
                break;
            }
            n++;
        }
        return n;
    }

    public boolean isCompiled() {
        return bytecode != null;
    }

    /** The bytecode, compiled on first use by the script's compiler (the engine's bytecode generator). */
    public BytecodeArray bytecode() {
        BytecodeArray b = bytecode;
        if (b == null) {
            b = script.compile(this);
            bytecode = b;
            script.compiled(this);
        }
        return b;
    }

    /** Start offset in the source, for stack traces and printing. */
    public int sourcePosition() {
        return literal == null ? 0 : literal.pos();
    }

    @Override
    public String toString() {
        return "<SharedFunctionInfo" + (name.isEmpty() ? "" : " " + name) + ">";
    }
}
