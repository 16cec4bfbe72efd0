/*
 * What all closures of one function literal share (V8's SharedFunctionInfo): its AST, name,
 * parameter count, strictness and — once it has been called — its bytecode. Bytecode is
 * generated lazily, on the first call, as V8 does (DESIGN.md, stage 2).
 */
package dev.kindling.bytecode;

import dev.kindling.bytecode.generator.BytecodeGenerator;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.scope.ScopeAnalyzer;

public final class SharedFunctionInfo {
    private final Script script;
    /** The function literal, or null for the script's top level (the module function). */
    private final FunctionLiteral literal;
    private final String name;
    private BytecodeArray bytecode;

    public SharedFunctionInfo(Script script, FunctionLiteral literal) {
        this.script = script;
        this.literal = literal;
        this.name = literal == null ? "" : literal.name();
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
        return literal == null ? script.program().strict() : literal.strict();
    }

    public boolean isArrow() {
        return literal != null && literal.isArrow();
    }

    /** Plain functions are constructors; arrows and methods are not (ECMA-262 MakeConstructor). */
    public boolean isConstructor() {
        return literal == null || literal.kind() == dev.kindling.frontend.ast.Expression.FunctionKind.NORMAL;
    }

    /** Formal parameter count (the module function has node's five wrapper parameters). */
    public int formalParameterCount() {
        return literal == null ? ScopeAnalyzer.MODULE_PARAMETERS.size() : literal.params().size();
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

    /** The bytecode, generating it on first use. */
    public BytecodeArray bytecode() {
        BytecodeArray b = bytecode;
        if (b == null) {
            b = BytecodeGenerator.generate(this);
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
