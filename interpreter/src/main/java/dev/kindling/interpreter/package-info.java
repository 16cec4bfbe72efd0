/**
 * The interpreter. Read {@link dev.kindling.interpreter.Interpreter} first: the dispatch loop,
 * one case per bytecode. A running function's whole state is an
 * {@link dev.kindling.interpreter.InterpreterFrame}; closures are
 * {@link dev.kindling.interpreter.JSClosure}s over {@link dev.kindling.interpreter.Context}s;
 * {@link dev.kindling.interpreter.Engine} ties a realm and an interpreter together and runs a
 * program as node's main module. Out-of-line helpers: {@code InterpreterRuntime} (calls,
 * literals, runtime functions, iterators), {@code Destructuring} (object rest, and node's
 * wording of failed destructurings). Stack walking reads {@link dev.kindling.interpreter.JsFrame}s,
 * of which InterpreterFrame is one kind; the doors for the optimizing tier are in
 * {@code dev.kindling.interpreter.tiering}.
 */
package dev.kindling.interpreter;
