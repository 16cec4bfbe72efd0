/**
 * The optimizing tier's middle end (DESIGN.md stage 6; the model is V8's Maglev,
 * src/maglev/ and the v8.dev post "Maglev - V8's Fastest Optimizing JIT").
 *
 * <p>Where to start reading: {@link dev.kindling.optimizer.graph.GraphBuilder}, which walks a
 * function's bytecode once, forward, with its feedback, and builds the SSA graph of
 * {@code ir/}; then {@link dev.kindling.optimizer.passes.Pipeline}, the fixed list of passes;
 * then {@link dev.kindling.optimizer.print.IrPrinter}, what {@code --print-ir} shows after each.
 *
 * <ul>
 *   <li>{@code ir} — the IR: the node-kind table ({@link dev.kindling.optimizer.ir.Opcode}), one
 *       class per node family, basic blocks, FrameStates;</li>
 *   <li>{@code graph} — building the IR from bytecode and feedback;</li>
 *   <li>{@code passes} — one file per pass, each stating what it assumes and guarantees;</li>
 *   <li>{@code print} — the text and Graphviz printers.</li>
 * </ul>
 */
package dev.kindling.optimizer;
