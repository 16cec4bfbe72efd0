/*
 * A prototype validity cell (V8's Map::prototype_validity_cell): valid while one prototype
 * object and every object above it on its chain keep their layout — no property added,
 * deleted or reconfigured, no prototype changed. Inline caches that found a property on a
 * prototype (or found it missing on the whole chain) keep the cell of the receiver's
 * prototype and trust their cached answer only while the cell is valid.
 *
 * A cell never becomes valid again: a changed prototype gets a fresh cell the next time a
 * cache asks for one.
 *
 * Optimized code that loads from a prototype trusts the cell without testing it (V8's
 * PrototypePropertyDependency): it registers as the cell's dependent code, and invalidating
 * the cell marks it for deoptimization (V8's DependentCode::kPrototypeCheckGroup). The code is
 * held weakly: code nobody can enter any more is no reason to keep it.
 */
package dev.kindling.runtime;

public final class ValidityCell {
    private boolean valid = true;
    private java.util.List<java.lang.ref.WeakReference<DependentCode>> dependents;

    public boolean isValid() {
        return valid;
    }

    /** Makes `code` depend on this cell: it is marked when the cell is invalidated (at once if it is already). */
    public void addDependentCode(DependentCode code) {
        if (!valid) {
            code.markDependentForDeoptimization(LazyDeoptimizeReason.PrototypeChange);
            return;
        }
        if (dependents == null) {
            dependents = new java.util.ArrayList<>();
        }
        dependents.add(new java.lang.ref.WeakReference<>(code));
    }

    void invalidate() {
        valid = false;
        java.util.List<java.lang.ref.WeakReference<DependentCode>> marked = dependents;
        dependents = null;
        if (marked != null) {
            for (java.lang.ref.WeakReference<DependentCode> ref : marked) {
                DependentCode code = ref.get();
                if (code != null) {
                    code.markDependentForDeoptimization(LazyDeoptimizeReason.PrototypeChange);
                }
            }
        }
    }
}
