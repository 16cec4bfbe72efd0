/*
 * Phi untagging (Maglev's MaglevPhiRepresentationSelector): the graph builder makes every phi
 * Tagged, boxing int32 and float64 values on their way in, so a loop counter would be boxed and
 * checked again on every iteration. This pass gives a phi the narrowest representation all its
 * inputs have, where an input's is:
 *   Int32ToNumber(x), a Smi constant, an Int32 phi              → Int32
 *   Float64ToTagged(x), a number constant, a Float64 phi        → Float64 (Int32 widens to it)
 *   anything else                                               → Tagged
 * computed to a fixed point over the phis (optimistically: a phi's inputs from phis not yet
 * decided do not count against it). Then each untagged phi takes its inputs untagged (the
 * conversion's input, a constant, or a widening inserted at the end of the predecessor) and its
 * uses are rewritten: a CheckedSmiUntag or CheckedNumberToFloat64 of it becomes the phi itself
 * (or its widening), and every other use gets a tagged form made where it is used.
 * FrameStates keep the untagged phi: a deopt exit boxes it.
 *
 * The values are the same JS values: an Int32 phi holds exactly the Smis the tagged one held,
 * and a Float64 phi's value boxes back (Float64ToTagged normalizes) to the number it merged.
 *
 * Assumes: PhiSimplification has run. Guarantees: SSA kept; every input of an Int32 (Float64)
 * phi is Int32 (Float64); the tagging conversions left without uses die in DeadCodeElimination.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.Phi;
import dev.kindling.optimizer.ir.ValueRepresentation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static dev.kindling.optimizer.ir.ValueRepresentation.FLOAT64;
import static dev.kindling.optimizer.ir.ValueRepresentation.INT32;
import static dev.kindling.optimizer.ir.ValueRepresentation.TAGGED;

public final class RepresentationSelection implements Pass {
    @Override
    public String name() {
        return "RepresentationSelection";
    }

    @Override
    public void run(Graph graph) {
        List<Phi> phis = new ArrayList<>();
        for (BasicBlock b : graph.blocks()) {
            phis.addAll(b.phis());
        }
        Map<Phi, ValueRepresentation> chosen = choose(phis);
        for (Phi phi : phis) {
            ValueRepresentation r = chosen.get(phi);
            if (r != TAGGED) {
                untag(graph, phi, r, chosen);
            }
        }
    }

    /** The fixed point: null (undecided) → Int32 → Float64 → Tagged, only ever widening. */
    private static Map<Phi, ValueRepresentation> choose(List<Phi> phis) {
        Map<Phi, ValueRepresentation> chosen = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Phi phi : phis) {
                ValueRepresentation r = null;
                for (Node in : phi.inputs()) {
                    ValueRepresentation ir = in instanceof Phi p ? chosen.get(p) : sourceRepresentation(in);
                    if (in instanceof Phi p && !phis.contains(p)) {
                        ir = TAGGED;
                    }
                    r = join(r, ir);
                }
                if (r != chosen.get(phi)) {
                    chosen.put(phi, r);
                    changed = true;
                }
            }
        }
        for (Phi phi : phis) {
            chosen.putIfAbsent(phi, TAGGED);
            if (chosen.get(phi) == null) {
                chosen.put(phi, TAGGED);
            }
        }
        return chosen;
    }

    private static ValueRepresentation join(ValueRepresentation a, ValueRepresentation b) {
        if (a == null) {
            return b;
        }
        if (b == null || a == b) {
            return a;
        }
        if (a == TAGGED || b == TAGGED) {
            return TAGGED;
        }
        return FLOAT64; // Int32 and Float64
    }

    /** The representation a tagged input could be taken in without a check. */
    private static ValueRepresentation sourceRepresentation(Node in) {
        return switch (in.opcode()) {
            case Int32ToNumber -> INT32;
            case Float64ToTagged -> FLOAT64;
            case Constant -> {
                Object v = ((Constant) in).value();
                yield v instanceof Integer ? INT32 : v instanceof Double ? FLOAT64 : TAGGED;
            }
            default -> TAGGED;
        };
    }

    private static void untag(Graph graph, Phi phi, ValueRepresentation r, Map<Phi, ValueRepresentation> chosen) {
        // Uses first, while the inputs still show what the phi was.
        List<Node> users = new ArrayList<>();
        for (Node n : graph.allNodes()) {
            if (n != phi && n.inputs().contains(phi)) {
                users.add(n);
            }
        }
        for (Node user : users) {
            Node replacement = null;
            if (user.opcode() == Opcode.CheckedSmiUntag && r == INT32) {
                replacement = phi;
            } else if (user.opcode() == Opcode.CheckedNumberToFloat64) {
                replacement = r == FLOAT64 ? phi : insertBefore(graph, user, new Conversion(Opcode.ChangeInt32ToFloat64, phi));
            }
            if (replacement != null) {
                graph.replaceAllUses(user, replacement);
                user.block().nodes().remove(user);
                continue;
            }
            if (user instanceof Phi p && chosen.get(p) != TAGGED) {
                continue; // an untagged phi takes this one untagged (its own untag() converts)
            }
            // Every other use takes the phi tagged, boxed right where it is used (before the user,
            // or for a tagged phi at the end of the predecessor its input comes from): a box made
            // at the loop header would be made on every iteration, used or not.
            Opcode tag = r == INT32 ? Opcode.Int32ToNumber : Opcode.Float64ToTagged;
            for (int i = 0; i < user.inputCount(); i++) {
                if (user.input(i) == phi) {
                    Node tagged = user instanceof Phi p
                            ? appendBeforeControl(graph, p.block().predecessors().get(i), new Conversion(tag, phi))
                            : insertBefore(graph, user, new Conversion(tag, phi));
                    user.replaceInput(i, tagged);
                }
            }
        }
        // Then the inputs, untagged at the end of their predecessor.
        for (int i = 0; i < phi.inputCount(); i++) {
            Node in = phi.input(i);
            phi.replaceInput(i, untagged(graph, phi.block().predecessors().get(i), in, r, chosen));
        }
        phi.untag(r);
    }

    private static Node untagged(Graph graph, BasicBlock pred, Node in, ValueRepresentation r,
                                 Map<Phi, ValueRepresentation> chosen) {
        ValueRepresentation has;
        Node value;
        if (in instanceof Phi p) {
            has = chosen.get(p);
            value = p;
        } else if (in.opcode() == Opcode.Int32ToNumber || in.opcode() == Opcode.Float64ToTagged) {
            has = in.opcode() == Opcode.Int32ToNumber ? INT32 : FLOAT64;
            value = in.input(0);
        } else {
            Object v = ((Constant) in).value();
            return appendBeforeControl(graph, pred, r == INT32 ? Constant.int32((Integer) v)
                    : Constant.float64(((Number) v).doubleValue()));
        }
        if (has == r) {
            return value;
        }
        return appendBeforeControl(graph, pred, new Conversion(Opcode.ChangeInt32ToFloat64, value));
    }

    private static Node appendBeforeControl(Graph graph, BasicBlock b, Node node) {
        return graph.insert(b, b.nodes().size(), node);
    }

    /** Inserts `node` right before `user` (at the end of the block for its control node). */
    private static Node insertBefore(Graph graph, Node user, Node node) {
        BasicBlock b = user.block();
        int at = b.nodes().indexOf(user);
        return graph.insert(b, at < 0 ? b.nodes().size() : at, node);
    }
}
