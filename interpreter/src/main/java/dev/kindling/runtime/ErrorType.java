/*
 * The native error constructors (ECMA-262 §20.5.5 NativeError plus Error itself). The one
 * list every part of the engine uses to name an error kind.
 */
package dev.kindling.runtime;

public enum ErrorType {
    Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, AggregateError
}
