/*
 * A prototype validity cell (V8's Map::prototype_validity_cell): valid while one prototype
 * object and every object above it on its chain keep their layout — no property added,
 * deleted or reconfigured, no prototype changed. Inline caches that found a property on a
 * prototype (or found it missing on the whole chain) keep the cell of the receiver's
 * prototype and trust their cached answer only while the cell is valid.
 *
 * A cell never becomes valid again: a changed prototype gets a fresh cell the next time a
 * cache asks for one.
 */
package dev.kindling.runtime;

public final class ValidityCell {
    private boolean valid = true;

    public boolean isValid() {
        return valid;
    }

    void invalidate() {
        valid = false;
    }
}
