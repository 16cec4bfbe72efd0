/*
 * TransitionElementsKind (Maglev's name): before a keyed store into an array a CheckMaps has
 * established, generalizes the array's elements kind when it is one the store site saw
 * transitions from (PropertyFeedback.elementsKindTransitionSources) — a fresh `new Array(n)`
 * is HOLEY_SMI until its first `true` is stored — so the CheckElementsKind after it passes
 * rather than deoptimizing once per fresh array. V8's IC records the transition's source and
 * target maps; Kindling's shapes do not hold the kind, so the node names kinds.
 *
 * The target keeps the array's own packedness: a PACKED source goes to the packed twin of the
 * site's kind, a HOLEY one to the holey twin (CompiledCodeSupport.transitionElementsKind). An
 * array in any other kind is left alone, for the check after it to judge. A transition is
 * invisible to JS (the elements read the same), so a deopt after it, before the store, is
 * harmless: the interpreter's store finds the array already generalized.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.ElementsKind;

import java.util.List;

public final class TransitionElementsKind extends Node {
    private final List<ElementsKind> sources;
    private final ElementsKind target;

    public TransitionElementsKind(Node array, List<ElementsKind> sources, ElementsKind target) {
        super(Opcode.TransitionElementsKind, array);
        this.sources = List.copyOf(sources);
        this.target = target;
    }

    public List<ElementsKind> sources() {
        return sources;
    }

    public ElementsKind target() {
        return target;
    }

    /** The sources as a bit set of ordinals, as the generated code passes them. */
    public int sourceMask() {
        int mask = 0;
        for (ElementsKind k : sources) {
            mask |= 1 << k.ordinal();
        }
        return mask;
    }

    @Override
    public String details() {
        return "[" + CheckElementsKind.names(sources) + "] → " + target.name();
    }
}
