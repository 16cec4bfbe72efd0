/**
 * The optimizing tier's back end (DESIGN.md stage 7). Start at
 * {@link dev.kindling.backend.KindlingCompiler}, the {@code OptimizingCompiler} the engine is
 * given: it runs the optimizer's pipeline, hands the graph to
 * {@link dev.kindling.backend.codegen.CodeGenerator} (IR → one JVM hidden class, with ASM), and
 * installs the result. A failed check leaves the generated code through
 * {@link dev.kindling.backend.deopt.Deoptimizer}, which resumes the function in the interpreter.
 */
package dev.kindling.backend;
