/**
 * The doors the optimizing tier comes in through (DESIGN.md stage 5), declared by the
 * interpreter so it never depends on the tier: {@link dev.kindling.interpreter.tiering.OptimizingCompiler}
 * (what the engine is given; none under --no-opt), {@link dev.kindling.interpreter.tiering.OptimizedCode}
 * (what it returns, installed in the function's FeedbackVector), and
 * {@link dev.kindling.interpreter.tiering.TieringManager}, which spends the interrupt budget,
 * decides when a function is hot and stable, and enters the code. Start reading at
 * TieringManager's header.
 */
package dev.kindling.interpreter.tiering;
