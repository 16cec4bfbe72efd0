/*
 * The door through which the runtime compiles code from a string (ECMA-262 §19.2.1 eval,
 * §20.2.1.1.1 CreateDynamicFunction): the Function constructor and indirect eval call it,
 * the host implements it with the frontend and the bytecode generator (the same path a
 * program file takes), and the realm holds it. A realm without one refuses both with the
 * EvalError V8 gives when code generation from strings is disallowed.
 *
 * It is an interface rather than a call into the host because the host depends on this
 * package, not the other way round (PackageCycleTest), as V8's Compiler::GetFunctionFromString
 * sits above its builtins.
 *
 * Guarantees (of an implementation): a syntax error in the text is thrown as a JS SyntaxError
 * in node's words, at the time of the call; the code runs in the global scope, never in the
 * caller's (direct eval, which sees the caller's scope, is compiled by the interpreter's
 * DirectEval).
 */
package dev.kindling.runtime;

public interface CodeFromStrings {
    /**
     * The function `new Function(p1, ..., pn, body)` makes: `parameters` is the parameters'
     * strings joined by ",", `body` the body's; its source text is V8's
     * "function anonymous(" + parameters + "\n) {\n" + body + "\n}", where `keyword` is "function"
     * ("function*" for the GeneratorFunction constructor's, "async function" for AsyncFunction's,
     * "async function*" for AsyncGeneratorFunction's).
     */
    JSFunction createDynamicFunction(String parameters, String body, String keyword);

    /**
     * PerformEval(source, strictCaller = false, direct = false): runs `source` as a global
     * script and returns its completion value.
     */
    Object indirectEval(String source);
}
