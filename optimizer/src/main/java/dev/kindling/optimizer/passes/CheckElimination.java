/*
 * Redundant check elimination: a check that an earlier check on every path to it has already
 * made goes (Maglev does this while building, in its KnownNodeAspects; Kindling does it as a
 * pass so a student sees it happen).
 *
 *  - CheckedSmiUntag(x), CheckedNumberToFloat64(x), CheckedUint32ToInt32(x),
 *    CheckedTruncateFloat64ToInt32(x), CheckNumber(x), CheckString(x), CheckValue(x, v) and
 *    CheckValueEqualsString(x, s) test facts about a value that never change: one dominated by the same check of the same
 *    input is replaced by it (or simply removed, for CheckValue).
 *  - CheckMaps(x, shapes) tests a fact about an object that a call or a store may change: one is
 *    removed only when an earlier CheckMaps of x for the same shapes is on the only way to it
 *    (the same block, or up a chain of blocks each with one predecessor, as a loop body below
 *    its header) with no node that may change a shape between them (a call or a write; a store
 *    into a field in place or into a context slot changes none).
 *
 * Dominators are computed with the iterative algorithm of Cooper, Harvey and Kennedy ("A
 * Simple, Fast Dominance Algorithm", 2001) over the blocks in bytecode order.
 *
 * Assumes: SSA. Guarantees: every check removed was implied by one that stays.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.CheckMaps;
import dev.kindling.optimizer.ir.CheckValue;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class CheckElimination implements Pass {
    @Override
    public String name() {
        return "CheckElimination";
    }

    @Override
    public void run(Graph graph) {
        List<BasicBlock> blocks = graph.blocks();
        int[] idom = Dominators.immediateDominators(graph);
        for (BasicBlock b : blocks) {
            Map<Object, Node> mapChecks = new HashMap<>();
            for (int i = 0; i < b.nodes().size(); i++) {
                Node n = b.nodes().get(i);
                if (n.opcode() == Opcode.CheckMaps) {
                    Object key = List.of(n.input(0), ((CheckMaps) n).shapes());
                    if (mapChecks.containsKey(key) || (i == firstEffect(b, i) && checkedOnTheWayIn(b, (CheckMaps) n))) {
                        b.nodes().remove(i--);
                        continue;
                    }
                    mapChecks.put(key, n);
                } else if (writesOrCalls(n)) {
                    mapChecks.clear();
                }
                if (!isValueCheck(n)) {
                    continue;
                }
                Node earlier = dominatingSame(blocks, idom, b, i, n);
                if (earlier != null) {
                    if (n.producesValue()) {
                        graph.replaceAllUses(n, earlier);
                    }
                    b.nodes().remove(i--);
                }
            }
        }
    }

    /** `index` if nothing before it in `b` may write or call, else -1. */
    private static int firstEffect(BasicBlock b, int index) {
        for (int i = 0; i < index; i++) {
            if (writesOrCalls(b.nodes().get(i))) {
                return -1;
            }
        }
        return index;
    }

    /**
     * Whether `n` may change an object's shape: a call, or a write other than a store into a
     * field in place or into a context slot (neither adds, deletes or reconfigures a property;
     * a field store may generalize the field's representation, which leaves the shape as it is).
     */
    private static boolean writesOrCalls(Node n) {
        if (n.opcode() == Opcode.StoreTaggedField || n.opcode() == Opcode.StoreContextSlot) {
            return false;
        }
        return n.opcode().effects() == Opcode.Effects.CALL || n.opcode().effects() == Opcode.Effects.WRITE;
    }

    /**
     * Whether the same CheckMaps was made on the only way into `b`: up a chain of blocks each
     * entered from one predecessor (a loop header's body, an if's arm), with no node that may
     * write or call after it. A block with several predecessors ends the search.
     */
    private static boolean checkedOnTheWayIn(BasicBlock b, CheckMaps check) {
        java.util.Set<BasicBlock> seen = new java.util.HashSet<>();
        for (BasicBlock p = b; p.predecessors().size() == 1 && seen.add(p); ) {
            p = p.predecessors().get(0);
            if (p.control() != null && writesOrCalls(p.control())) {
                return false;
            }
            for (int i = p.nodes().size() - 1; i >= 0; i--) {
                Node m = p.nodes().get(i);
                if (writesOrCalls(m)) {
                    return false;
                }
                if (m.opcode() == Opcode.CheckMaps && m.input(0) == check.input(0)
                        && ((CheckMaps) m).shapes().equals(check.shapes())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isValueCheck(Node n) {
        return switch (n.opcode()) {
            case CheckedSmiUntag, CheckedNumberToFloat64, CheckedUint32ToInt32, CheckedTruncateFloat64ToInt32,
                 CheckNumber, CheckString, CheckValue, CheckValueEqualsString -> true;
            default -> false;
        };
    }

    /** The same check of the same input before position `index` of `b` or in a block dominating it. */
    private static Node dominatingSame(List<BasicBlock> blocks, int[] idom, BasicBlock b, int index, Node check) {
        int at = index;
        for (BasicBlock d = b; d != null; ) {
            for (int i = 0; i < at; i++) {
                Node m = d.nodes().get(i);
                if (m.opcode() == check.opcode() && m.input(0) == check.input(0)
                        && (!(check instanceof CheckValue cv) || ((CheckValue) m).expected().equals(cv.expected()))) {
                    return m;
                }
            }
            int up = idom[d.id()];
            if (up < 0 || up == d.id()) {
                return null;
            }
            d = blocks.get(up);
            at = d.nodes().size();
        }
        return null;
    }
}
