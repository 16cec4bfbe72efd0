/*
 * Removes phis that merge one value: every input is the same node, or the phi itself (a loop
 * phi for a register the loop assigns only on paths that keep its value). Such a phi is
 * replaced by that value everywhere, and removing one may make another trivial, so the pass
 * runs to a fixed point (Braun et al., "Simple and Efficient Construction of Static Single
 * Assignment Form", 2013, section 3.2).
 *
 * Assumes: the builder's graph (a phi has one input per predecessor).
 * Guarantees: no phi has fewer than two distinct inputs other than itself.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Phi;

import java.util.ArrayList;

public final class PhiSimplification implements Pass {
    @Override
    public String name() {
        return "PhiSimplification";
    }

    @Override
    public void run(Graph graph) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : graph.blocks()) {
                for (Phi phi : new ArrayList<>(b.phis())) {
                    Node only = onlyInput(phi);
                    if (only != null) {
                        graph.replaceAllUses(phi, only);
                        graph.removePhi(phi);
                        changed = true;
                    }
                }
            }
        }
    }

    /** The one value `phi` merges, or null if it merges two or more. */
    static Node onlyInput(Phi phi) {
        Node only = null;
        for (Node in : phi.inputs()) {
            if (in == phi || in == only) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = in;
        }
        return only;
    }
}
