/*
 * Implemented by functions that have JS source text — the interpreter's closures — so that
 * Function.prototype.toString can return it (ECMA-262 [[SourceText]]) and util.inspect can
 * tell a class or a generator from a function. Builtins do not implement it: their toString is
 * "function name() { [native code] }", as V8's.
 */
package dev.kindling.runtime;

public interface HasSourceText {
    /** The exact source text of the function, from its first token to its last. */
    String sourceText();

    /** True for a class constructor (`class A {}`), which inspect prints as [class A]. */
    default boolean isClassConstructor() {
        return sourceText().startsWith("class");
    }

    /**
     * What inspect calls the function: "Function", or for a generator "GeneratorFunction"
     * ([GeneratorFunction: g]), an async function "AsyncFunction", an async generator
     * "AsyncGeneratorFunction" — the names of their constructors, as node prints them.
     */
    default String functionType() {
        return "Function";
    }
}
