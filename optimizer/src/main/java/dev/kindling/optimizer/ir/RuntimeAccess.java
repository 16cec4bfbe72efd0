/*
 * Property, global and context accesses done as the interpreter does them when its inline
 * cache cannot help (Maglev's LoadNamedGeneric, SetNamedGeneric, GetKeyedGeneric,
 * SetKeyedGeneric, LoadGlobal, StoreGlobal), the lookups by name of names a sloppy direct
 * eval may bind (LoadLookupSlot, StoreLookupSlot), and context slot loads and stores.
 *
 * Inputs: LoadNamedGeneric (object); SetNamedGeneric (object, value); GetKeyedGeneric (object,
 * key); SetKeyedGeneric (object, key, value); LoadGlobal (); StoreGlobal (value);
 * LoadLookupSlot (context); StoreLookupSlot (context, value); LoadContextSlot (context);
 * StoreContextSlot (context, value).
 * `name` is the property or global name; `strict` the function's strictness (sloppy stores
 * fail silently); for LoadGlobal and LoadLookupSlot, `insideTypeof` (no ReferenceError); for context slots,
 * `depth` and `index`.
 */
package dev.kindling.optimizer.ir;

public final class RuntimeAccess extends Node {
    private final Object name;
    private final boolean flag;
    private final int depth;
    private final int index;

    private RuntimeAccess(Opcode opcode, Object name, boolean flag, int depth, int index, Node... inputs) {
        super(opcode, inputs);
        this.name = name;
        this.flag = flag;
        this.depth = depth;
        this.index = index;
    }

    public static RuntimeAccess named(Opcode opcode, Object name, boolean strict, Node... inputs) {
        return new RuntimeAccess(opcode, name, strict, 0, 0, inputs);
    }

    public static RuntimeAccess keyed(Opcode opcode, boolean strict, Node... inputs) {
        return new RuntimeAccess(opcode, null, strict, 0, 0, inputs);
    }

    public static RuntimeAccess contextSlot(Opcode opcode, int depth, int index, Node... inputs) {
        return new RuntimeAccess(opcode, null, false, depth, index, inputs);
    }

    public Object name() {
        return name;
    }

    /** Strictness for stores; insideTypeof for LoadGlobal and LoadLookupSlot. */
    public boolean flag() {
        return flag;
    }

    public int depth() {
        return depth;
    }

    public int index() {
        return index;
    }

    @Override
    public String details() {
        return switch (opcode()) {
            case LoadContextSlot, StoreContextSlot -> "[" + index + "] depth " + depth;
            case GetKeyedGeneric, SetKeyedGeneric -> "";
            default -> String.valueOf(name);
        };
    }
}
