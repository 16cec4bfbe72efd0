/*
 * Code that depends on a fact of the heap (V8's DependentCode entries, src/objects/
 * dependent-code.h): optimized code that read a prototype's field without re-checking the
 * chain registers itself with the chain's ValidityCell, code that read a field untagged with
 * the field's FieldRepresentationCell, and the cell calls it back when what it assumed breaks. The runtime knows no more of optimized code than this one method, so the
 * object model does not depend on the tier.
 *
 * Guarantees (of an implementation): once called, the code is never entered again, and each of
 * its activations still on the stack leaves for the interpreter when control comes back to it
 * (a lazy deopt; see LazyDeoptPoint in the optimizer).
 */
package dev.kindling.runtime;

public interface DependentCode {
    /** The dependency broke, for `reason` (V8's LazyDeoptimizeReason). */
    void markDependentForDeoptimization(LazyDeoptimizeReason reason);
}
