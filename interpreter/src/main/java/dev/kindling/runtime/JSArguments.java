/*
 * An arguments object (ECMA-262 §10.4.4): the arguments of one call as indexed properties
 * plus a non-enumerable `length`. A strict-mode (unmapped) one is a plain copy. A sloppy-mode
 * (mapped) one aliases the first parameters: reading or writing element i reads or writes
 * parameter i, through an ArgumentsMapping the interpreter supplies, until the element is
 * deleted or redefined.
 */
package dev.kindling.runtime;

public final class JSArguments extends JSObject {
    /** Access to the parameters a mapped arguments object aliases. */
    public interface ArgumentsMapping {
        Object get(int index);

        void set(int index, Object value);
    }

    private final ArgumentsMapping mapping;
    /** mapped[i]: element i still aliases parameter i. */
    private final boolean[] mapped;

    public JSArguments(Realm realm, Object[] args, ArgumentsMapping mapping, int mappedCount) {
        super(realm.objectPrototype().childRootShape());
        this.mapping = mapping;
        this.mapped = new boolean[Math.min(mappedCount, args.length)];
        java.util.Arrays.fill(mapped, mapping != null);
        for (int i = 0; i < args.length; i++) {
            super.defineOwnProperty(Integer.toString(i), args[i], PropertyAttributes.DEFAULT);
        }
        super.defineOwnProperty("length", args.length, PropertyAttributes.HIDDEN);
        // Arguments objects iterate as arrays do: their own @@iterator is %Array.prototype.values%.
        super.defineOwnProperty(JSSymbol.ITERATOR, realm.arrayPrototype().get("values"), PropertyAttributes.HIDDEN);
    }

    @Override
    public String className() {
        return "Arguments";
    }

    private int mappedIndex(Object key) {
        long index = ArrayIndex.parse(key);
        return index >= 0 && index < mapped.length && mapped[(int) index] ? (int) index : -1;
    }

    @Override
    public Object getOwnRaw(Object key) {
        int i = mappedIndex(key);
        return i >= 0 ? mapping.get(i) : super.getOwnRaw(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, Object value, int attributes) {
        int i = mappedIndex(key);
        if (i >= 0) {
            if (attributes == PropertyAttributes.DEFAULT) {
                mapping.set(i, value);
            } else {
                mapped[i] = false; // redefined with other attributes: no longer an alias
            }
        }
        return super.defineOwnProperty(key, value, attributes);
    }

    @Override
    public boolean deleteOwn(Object key) {
        int i = mappedIndex(key);
        if (i >= 0) {
            mapped[i] = false;
        }
        return super.deleteOwn(key);
    }
}
