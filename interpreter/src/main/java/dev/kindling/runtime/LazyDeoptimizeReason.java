/*
 * THE table of the reasons optimized code is marked for a lazy deopt: a compilation dependency
 * broke (V8's LAZY_DEOPTIMIZE_REASON_LIST, src/deoptimizer/deoptimize-reason.h, spelled as V8
 * spells them, so --trace-deopt's `[marking dependent code ...]` line reads as node's). The
 * eager reasons, which name the check that failed, are the optimizer's DeoptReason; these live
 * in the runtime because the runtime is what notices: the object model knows no more of
 * optimized code than DependentCode.
 *
 * Each names V8's DependentCode group it stands for.
 */
package dev.kindling.runtime;

public enum LazyDeoptimizeReason {
    /** kPrototypeCheckGroup: a prototype chain's validity cell was invalidated (ValidityCell). */
    PrototypeChange("dependent prototype chain changed"),
    /** kFieldRepresentationGroup: a field the code read untagged was generalized (FieldRepresentationCell). */
    FieldRepresentationChange("dependent field representation changed");

    private final String v8Name;

    LazyDeoptimizeReason(String v8Name) {
        this.v8Name = v8Name;
    }

    /** V8's spelling, as --trace-deopt prints it. */
    public String v8Name() {
        return v8Name;
    }
}
