/**
 * The interpreter. Read {@link dev.kindling.interpreter.Interpreter} first: the dispatch loop,
 * one case per bytecode. A running function's whole state is an
 * {@link dev.kindling.interpreter.InterpreterFrame}; closures are
 * {@link dev.kindling.interpreter.JSClosure}s over {@link dev.kindling.interpreter.Context}s.
 * Out-of-line helpers: {@code InterpreterRuntime} (calls, literals, runtime functions,
 * iterators), {@code Destructuring} (object rest, and node's wording of failed
 * destructurings), {@code CallPrinter} (node's wording of a failed call: "o.m is not a
 * function"). Stack walking reads {@link dev.kindling.interpreter.JsFrame}s, of which
 * InterpreterFrame is one kind.
 *
 * <p>What is not the interpreter lives beside it: node's host (the Engine that runs a program
 * as node's main module, `require`, `process`) in dev.kindling.host, which depends on this
 * package; the printers of --print-feedback and --trace-ic in dev.kindling.diagnostics, which
 * this package calls.
 *
 * <p>The doors the optimizing tier comes in through (DESIGN.md stage 5), declared here so the
 * interpreter never depends on the tier: {@link dev.kindling.interpreter.OptimizingCompiler}
 * (what the engine is given; none under --no-opt), {@link dev.kindling.interpreter.OptimizedCode}
 * (what it returns, installed in the function's FeedbackVector), and
 * {@link dev.kindling.interpreter.TieringManager}, which spends the interrupt budget, decides
 * when a function is hot and stable, and enters the code (start reading at its header).
 * They live in this package, not a subpackage of their own, because they and the interpreter
 * name each other's types (a closure's feedback vector holds its code and tiering state; the
 * manager reads both), and PackageCycleTest keeps packages acyclic.
 */
package dev.kindling.interpreter;
