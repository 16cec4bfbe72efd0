/*
 * The representation of one field (one slot) of a transition tree: made by the shape whose
 * transition added the field (V8's field owner, Map::FindFieldOwner) and shared by every shape
 * below it, so all objects that have the field in that slot agree on it. A store that does not
 * fit generalizes it in place (V8's Map::GeneralizeField, which updates the descriptors of the
 * owner's whole subtree — here they all hold this one cell). The shape objects stay as they
 * are: an object need not migrate, and a CheckMaps of a shape still passes.
 *
 * Optimized code that reads the field untagged (an int32 from a Smi field, a float64 from a
 * Double field) trusts the representation without testing it (V8's FieldRepresentationDependency):
 * it registers here with the representation it assumed, and a generalization past that marks it
 * for deoptimization (V8's DependentCode::kFieldRepresentationGroup, reason "dependent field
 * representation changed"). The code is held weakly, as by ValidityCell.
 *
 * Guarantees: the representation only moves up the lattice (Representation); after store(v)
 * it fits v; every dependent whose assumption no longer holds has been marked before store
 * returns.
 */
package dev.kindling.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public final class FieldRepresentationCell {
    private Representation representation = Representation.NONE;
    private List<Dependent> dependents;

    /** Code that assumed this field's representation stays within `assumed`. */
    private record Dependent(WeakReference<DependentCode> code, Representation assumed) {}

    public Representation representation() {
        return representation;
    }

    /** Notes that `value` is stored in the field: generalizes it first if it does not fit. */
    void store(Object value) {
        if (!representation.fits(value)) {
            generalize(Representation.of(value));
        }
    }

    private void generalize(Representation to) {
        representation = representation.join(to);
        List<Dependent> all = dependents;
        if (all == null) {
            return;
        }
        List<Dependent> kept = new ArrayList<>();
        List<DependentCode> broken = new ArrayList<>();
        for (Dependent d : all) {
            DependentCode code = d.code().get();
            if (code == null) {
                continue;
            }
            if (d.assumed().includes(representation)) {
                kept.add(d);
            } else {
                broken.add(code);
            }
        }
        dependents = kept.isEmpty() ? null : kept;
        for (DependentCode code : broken) {
            code.markDependentForDeoptimization(LazyDeoptimizeReason.FieldRepresentationChange);
        }
    }

    /**
     * Makes `code` depend on this field staying within `assumed` (V8's
     * CompilationDependencies::DependOnFieldRepresentation, committed): marked at once if it
     * already is not.
     */
    public void addDependentCode(DependentCode code, Representation assumed) {
        if (!assumed.includes(representation)) {
            code.markDependentForDeoptimization(LazyDeoptimizeReason.FieldRepresentationChange);
            return;
        }
        if (dependents == null) {
            dependents = new ArrayList<>();
        }
        int n = dependents.size();
        if (n >= 8 && (n & (n - 1)) == 0) {
            dependents.removeIf(d -> d.code().get() == null); // code collected since: forget it
        }
        dependents.add(new Dependent(new WeakReference<>(code), assumed));
    }
}
