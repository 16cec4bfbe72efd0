/*
 * CheckElementsKind: deoptimizes with "wrong map" unless its input, an array a CheckMaps has
 * established, is in one of the node's elements kinds. V8 needs no such node: there the kind is
 * part of the map, and the CheckMaps before an element access already pins it. Kindling's
 * shapes do not hold the kind (an array changes kind without changing shape), so the kind is
 * checked on its own, right before the access it makes sound.
 *
 * The kinds are the one a keyed site recorded and, when that kind is holey, its packed twin
 * (a holey access then checks each element with CheckNotHole). `forStore` checks the kind a
 * write in place needs (JSArray.storeElementsKind: a frozen array has none).
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.ElementsKind;

import java.util.List;

public final class CheckElementsKind extends Node {
    private final List<ElementsKind> kinds;
    private final boolean forStore;

    public CheckElementsKind(Node array, List<ElementsKind> kinds, boolean forStore) {
        super(Opcode.CheckElementsKind, array);
        this.kinds = List.copyOf(kinds);
        this.forStore = forStore;
    }

    public List<ElementsKind> kinds() {
        return kinds;
    }

    public boolean forStore() {
        return forStore;
    }

    @Override
    public String details() {
        return "[" + names(kinds) + "]" + (forStore ? " (store)" : "");
    }

    /** Kinds as the IR printer lists them: their names, comma-separated. */
    static String names(List<ElementsKind> kinds) {
        return String.join(", ", kinds.stream().map(Enum::name).toList());
    }
}
