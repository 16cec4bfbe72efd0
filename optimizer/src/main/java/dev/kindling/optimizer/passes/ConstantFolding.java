/*
 * Constant folding and local simplification: asks every node for its fold() (each node family
 * keeps its own rules beside its definition: Conversion, Int32Operation, Float64Operation) and
 * puts the simpler node in its place, to a fixed point. After representation selection this
 * is what removes the CheckedSmiUntag of an untagged phi's tagged form and folds arithmetic on
 * constants.
 *
 * Assumes: fold() never drops a check that could fail (a node folds only to a value it
 * computes exactly).
 * Guarantees: every node is its own fold().
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;

public final class ConstantFolding implements Pass {
    @Override
    public String name() {
        return "ConstantFolding";
    }

    @Override
    public void run(Graph graph) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : graph.blocks()) {
                for (int i = 0; i < b.nodes().size(); i++) {
                    Node n = b.nodes().get(i);
                    Node folded = n.fold();
                    if (folded == n) {
                        continue;
                    }
                    if (folded.id() < 0) {
                        folded.setBytecodeOffset(n.bytecodeOffset());
                        graph.insert(b, i, folded);
                        i++;
                    }
                    graph.replaceAllUses(n, folded);
                    b.nodes().remove(i);
                    i--;
                    changed = true;
                }
            }
        }
    }
}
