/*
 * The host's side of code from strings (runtime.CodeFromStrings): the Function constructor's
 * text and an indirect eval's source are parsed, analyzed as global code
 * (ScopeAnalyzer.analyzeGlobalEval) and compiled as a program file is (Engine.script: lazily,
 * with --print-bytecode's hook), then run as a function of no parameters over the global
 * scope with the global object as `this`. Eval code's top level returns its completion value
 * (the generator keeps it in a register, see BytecodeGenerator).
 *
 * CreateDynamicFunction (ECMA-262 §20.2.1.1.1) as V8 does it: the text is
 * "(function anonymous(" + parameters + "\n) {\n" + body + "\n})", parsed whole, and must be
 * exactly that one function expression; its top level returns the function. Its source text
 * (Function.prototype.toString) is then V8's, and its name is "anonymous" without the name
 * being bound inside it (SetFunctionName, not a named function expression).
 *
 * Direct eval code is compiled here too (compileDirectEval, the interpreter's
 * DirectEval.Compiler), against the call site's scope; DirectEval runs it.
 *
 * Guarantees: a syntax error becomes a catchable JS SyntaxError with node's message; the
 * code sees the global scope only, never a module's locals.
 */
package dev.kindling.host;

import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.flags.Flag;
import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.Parser;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.runtime.CodeFromStrings;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.StackFrameInfo;

import java.util.List;

final class DynamicCode implements CodeFromStrings {
    /** The file name of code from a string in stack frames and error headers (V8's). */
    static final String FILE_NAME = "<anonymous>";

    private final Engine engine;

    DynamicCode(Engine engine) {
        this.engine = engine;
    }

    @Override
    public JSFunction createDynamicFunction(String parameters, String body, String keyword) {
        if (Parser.closesParameterListEarly(parameters)) {
            throw JSException.syntaxError("Arg string terminates parameters early");
        }
        String text = "(" + keyword + " anonymous(" + parameters + "\n) {\n" + body + "\n})";
        Program program = parse(text, false, null);
        if (program.body().size() != 1 || !(program.body().get(0) instanceof Statement.ExpressionStatement e)
                || !(e.expression() instanceof FunctionLiteral fn) || fn.end() != text.length() - 1) {
            throw JSException.syntaxError("Arg string terminates parameters early");
        }
        FunctionLiteral anonymous = new FunctionLiteral(fn.pos(), fn.name(), false, fn.params(), fn.body(), fn.kind(),
                fn.expressionBody(), fn.strict(), fn.end(), fn.id());
        Program returning = new Program(program.pos(), program.source(),
                List.of(new Statement.Return(e.pos(), anonymous, text.length())), false);
        return (JSFunction) runGlobalCode(returning);
    }

    @Override
    public Object indirectEval(String source) {
        return runGlobalCode(parseEvalCode(source, false));
    }

    /**
     * Direct eval code (interpreter.DirectEval.Compiler): parsed as eval code, strict if the
     * caller is, analyzed against the call site's scope.
     */
    Script compileDirectEval(String source, Scope callSite, boolean strictCaller, String evalOrigin) {
        Program program = parseEvalCode(source, strictCaller, ScopeAnalyzer.evalSite(callSite));
        try {
            return engine.script(program, ScopeAnalyzer.analyzeDirectEval(program, callSite), evalOrigin);
        } catch (JsSyntaxError e) {
            throw JSException.syntaxError(e.getMessage());
        }
    }

    /**
     * An eval's source as a Program: a script, so a `return` outside any function is the
     * early error node reports ("Illegal return statement"; Kindling's parser accepts one at
     * the top level of a file, which it runs as a module function).
     */
    Program parseEvalCode(String source, boolean strict) {
        return parseEvalCode(source, strict, null);
    }

    /** As parseEvalCode(source, strict), for direct eval code called at `site` (see Parser.EvalSite). */
    Program parseEvalCode(String source, boolean strict, Parser.EvalSite site) {
        Program program = parse(source, strict, site);
        for (Statement s : program.body()) {
            // Global code (site null: an indirect eval) is in no function (PerformEval step 7).
            if (site == null && Children.find(s, n -> n instanceof Expression.Identifier id
                            && id.name().equals(Expression.ClassLiteral.NEW_TARGET),
                    n -> !(n instanceof FunctionLiteral f) || f.isArrow()) != null) {
                throw JSException.syntaxError("new.target expression is not allowed here");
            }
            if (Children.find(s, n -> n instanceof Statement.Return, n -> !(n instanceof FunctionLiteral)
                    && !(n instanceof Expression.ClassLiteral)) != null) {
                throw JSException.syntaxError("Illegal return statement");
            }
        }
        return program;
    }

    private Program parse(String text, boolean strict, Parser.EvalSite site) {
        try {
            return Parser.parse(text, FILE_NAME, engine.flags().bool(Flag.ALLOW_NATIVES_SYNTAX), strict, site);
        } catch (JsSyntaxError e) {
            throw JSException.syntaxError(e.getMessage());
        }
    }

    /**
     * Runs a program as global code: its sloppy var and function declarations are defined on
     * the global object first (EvalDeclarationInstantiation: a new one is configurable, since
     * eval code made it), then its top level runs with `this` the global object.
     */
    private Object runGlobalCode(Program program) {
        ScopeAnalysis scopes;
        try {
            scopes = ScopeAnalyzer.analyzeGlobalEval(program);
        } catch (JsSyntaxError e) {
            throw JSException.syntaxError(e.getMessage());
        }
        Script script = engine.script(program, scopes, StackFrameInfo.evalOrigin(engine.realm().currentFrame()));
        JSObject global = engine.realm().global();
        for (String name : scopes.evalVarNames()) {
            if (!global.hasOwnProperty(name)) {
                global.defineOwnProperty(name, Oddball.UNDEFINED, PropertyAttributes.DEFAULT);
            }
        }
        JSClosure top = engine.interpreter().newClosure(new SharedFunctionInfo(script, null), null);
        return engine.interpreter().call(top, global, JSFunction.NO_ARGS, null);
    }
}
