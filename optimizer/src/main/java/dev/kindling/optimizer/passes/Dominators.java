/*
 * Immediate dominators of the blocks (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
 * Algorithm", 2001). Blocks are in bytecode order, which is a reverse postorder of the forward
 * edges (every forward edge goes to a higher id; only JumpLoop goes back), so one pass in id
 * order with the back edges included converges in a couple of rounds.
 *
 * Guarantees: idom[entry] == entry's id; idom[b] is the id of b's immediate dominator.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Graph;

import java.util.Arrays;
import java.util.List;

final class Dominators {
    private Dominators() {
    }

    static int[] immediateDominators(Graph graph) {
        List<BasicBlock> blocks = graph.blocks();
        int[] idom = new int[blocks.size()];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < blocks.size(); b++) {
                int dom = -1;
                for (BasicBlock p : blocks.get(b).predecessors()) {
                    if (idom[p.id()] < 0) {
                        continue;
                    }
                    dom = dom < 0 ? p.id() : intersect(idom, dom, p.id());
                }
                if (dom != idom[b]) {
                    idom[b] = dom;
                    changed = true;
                }
            }
        }
        return idom;
    }

    private static int intersect(int[] idom, int a, int b) {
        while (a != b) {
            while (a > b) {
                a = idom[a];
            }
            while (b > a) {
                b = idom[b];
            }
        }
        return a;
    }
}
