/*
 * What optimized code assumes without a check that tests it (V8's CompilationDependency,
 * src/compiler/compilation-dependencies.cc): the graph builder records one where it leaves a
 * check out, and the installed code registers with each (install, V8's Commit), so breaking it
 * marks the code and its activations on the stack deopt lazily (LazyDeoptPoint).
 *
 *   PrototypeProperty    a load found on a prototype: the chain keeps its layout (the chain's
 *                        ValidityCell; V8's PrototypePropertyDependency)
 *   FieldRepresentation  a field read untagged (or a store checked for the field's
 *                        representation): field `slot` of `shape` stays within `representation`
 *                        (its FieldRepresentationCell; V8's FieldRepresentationDependency)
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.DependentCode;
import dev.kindling.runtime.Representation;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.ValidityCell;

public sealed interface CompilationDependency {
    /** Registers `code` as depending on this (it is marked at once if this no longer holds). */
    void install(DependentCode code);

    record PrototypeProperty(ValidityCell cell) implements CompilationDependency {
        @Override
        public void install(DependentCode code) {
            cell.addDependentCode(code);
        }
    }

    record FieldRepresentation(Shape shape, int slot, Representation representation) implements CompilationDependency {
        @Override
        public void install(DependentCode code) {
            shape.fieldAt(slot).addDependentCode(code, representation);
        }
    }
}
