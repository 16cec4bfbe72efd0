/*
 * The optimizing tier's pipeline: the graph builder, then a fixed list of passes (Maglev's is as
 * short: graph building, phi representation selection, then code generation). After each phase
 * the observer sees the graph (--print-ir prints it there), so a student sees what each pass
 * changed.
 *
 *   1. PhiSimplification        — phis whose inputs are one value disappear
 *   2. RepresentationSelection  — phis that only merge int32 (or numbers) become Int32 (Float64)
 *   3. ConstantFolding          — every node's fold(), to a fixed point
 *   4. CheckElimination         — a check already made on every path to it goes
 *   5. DeadCodeElimination      — nodes without uses or effects, and unreachable blocks, go
 */
package dev.kindling.optimizer.passes;

import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.optimizer.graph.GraphBuilder;
import dev.kindling.optimizer.graph.Inliner;
import dev.kindling.optimizer.graph.OsrEntry;
import dev.kindling.optimizer.ir.Graph;

import java.util.List;
import java.util.function.BiConsumer;

public final class Pipeline {
    /** The phase name of the graph builder's result. */
    public static final String GRAPH_BUILDING = "GraphBuilding";

    public static List<Pass> passes() {
        return List.of(new PhiSimplification(), new RepresentationSelection(), new ConstantFolding(),
                new CheckElimination(), new DeadCodeElimination());
    }

    private Pipeline() {
    }

    /**
     * Builds and optimizes the graph of `shared` with `feedback`; `afterPhase` sees the graph
     * after each phase (by name); `timing`, if given, receives the milliseconds graph building
     * and the passes took (--trace-opt's "took" line). Throws CompilationAborted if the
     * function cannot be built.
     */
    public static Graph run(SharedFunctionInfo shared, FeedbackVector feedback, BiConsumer<String, Graph> afterPhase,
                            double[] timing) {
        return run(shared, feedback, null, null, afterPhase, timing);
    }

    /**
     * run() with the calls `inliner` decides on inlined by the graph builder (null: none), for
     * OSR code entered at `osr` (null: for code entered at the function's start).
     */
    public static Graph run(SharedFunctionInfo shared, FeedbackVector feedback, OsrEntry osr, Inliner inliner,
                            BiConsumer<String, Graph> afterPhase, double[] timing) {
        long t0 = System.nanoTime();
        Graph graph = new GraphBuilder(shared, feedback, osr, inliner).build();
        long t1 = System.nanoTime();
        afterPhase.accept(GRAPH_BUILDING, graph);
        long spent = 0;
        for (Pass pass : passes()) {
            long s = System.nanoTime();
            pass.run(graph);
            spent += System.nanoTime() - s;
            afterPhase.accept(pass.name(), graph);
        }
        if (timing != null) {
            timing[0] = (t1 - t0) / 1e6;
            timing[1] = spent / 1e6;
        }
        return graph;
    }
}
