/*
 * One parsed source file: its text, its AST and its scope analysis, plus the two hooks of
 * lazy compilation, set by whoever owns compilation (the engine): the compiler that turns a
 * function into bytecode on its first call, and the hook told afterwards (--print-bytecode
 * uses it). Every SharedFunctionInfo points to its Script.
 *
 * The compiler is a hook rather than a call to the generator because the generator depends
 * on this package, not the other way round: in V8 too the SharedFunctionInfo only holds the
 * bytecode, and Compiler::Compile (src/codegen/compiler.cc), reached from the CompileLazy
 * builtin, runs the BytecodeGenerator and installs its result.
 */
package dev.kindling.bytecode;

import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.scope.ScopeAnalysis;

import java.util.function.Consumer;
import java.util.function.Function;

public final class Script {
    private final Program program;
    private final ScopeAnalysis scopes;
    private final Function<SharedFunctionInfo, BytecodeArray> compiler;
    private final Consumer<SharedFunctionInfo> onCompiled;
    /** For code from a string: where it was made, as V8's stack frames say it ("f (file.js:2:5)"); else null. */
    private final String evalOrigin;

    public Script(Program program, ScopeAnalysis scopes, Function<SharedFunctionInfo, BytecodeArray> compiler,
                  Consumer<SharedFunctionInfo> onCompiled) {
        this(program, scopes, compiler, onCompiled, null);
    }

    public Script(Program program, ScopeAnalysis scopes, Function<SharedFunctionInfo, BytecodeArray> compiler,
                  Consumer<SharedFunctionInfo> onCompiled, String evalOrigin) {
        this.program = program;
        this.scopes = scopes;
        this.compiler = compiler;
        this.onCompiled = onCompiled;
        this.evalOrigin = evalOrigin;
    }

    /**
     * For code compiled from a string at run time, the function and position that made it
     * (V8's eval origin, shown in stack frames as "eval at f (file.js:2:5), <anonymous>:1:1");
     * null for a source file.
     */
    public String evalOrigin() {
        return evalOrigin;
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

    BytecodeArray compile(SharedFunctionInfo shared) {
        return compiler.apply(shared);
    }

    void compiled(SharedFunctionInfo shared) {
        onCompiled.accept(shared);
    }
}
