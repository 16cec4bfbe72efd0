/*
 * One parsed source file: its text, its AST and its scope analysis, plus the hook that is
 * told whenever one of its functions is compiled to bytecode (--print-bytecode uses it).
 * Every SharedFunctionInfo points to its Script.
 */
package dev.kindling.bytecode;

import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.scope.ScopeAnalysis;

import java.util.function.Consumer;

public final class Script {
    private final Program program;
    private final ScopeAnalysis scopes;
    private final Consumer<SharedFunctionInfo> onCompiled;

    public Script(Program program, ScopeAnalysis scopes, Consumer<SharedFunctionInfo> onCompiled) {
        this.program = program;
        this.scopes = scopes;
        this.onCompiled = onCompiled;
    }

    public Program program() {
        return program;
    }

    public Source source() {
        return program.source();
    }

    public ScopeAnalysis scopes() {
        return scopes;
    }

    void compiled(SharedFunctionInfo shared) {
        onCompiled.accept(shared);
    }
}
