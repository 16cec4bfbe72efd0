/*
 * A Symbol value (ECMA-262 §6.1.5.1): a primitive with an identity and an optional
 * description. Together with String it makes up V8's Name: the type of every property key.
 * Property keys throughout the runtime (JSObject, Shape, the ICs) are `Object`s that are
 * either a java.lang.String or a JSSymbol; two symbols are the same key only if they are
 * the same Java object.
 *
 * The well-known symbols (§6.1.5.1, Table 1) are shared by every realm, as the spec says, so
 * they are immutable constants here. Symbol.for's registry belongs to the realm.
 */
package dev.kindling.runtime;

public final class JSSymbol {
    public static final JSSymbol ITERATOR = new JSSymbol("Symbol.iterator");
    public static final JSSymbol TO_PRIMITIVE = new JSSymbol("Symbol.toPrimitive");
    public static final JSSymbol HAS_INSTANCE = new JSSymbol("Symbol.hasInstance");
    public static final JSSymbol TO_STRING_TAG = new JSSymbol("Symbol.toStringTag");

    /** The well-known symbols with the names they have as properties of `Symbol`. */
    public static final java.util.Map<String, JSSymbol> WELL_KNOWN = java.util.Map.of(
            "iterator", ITERATOR, "toPrimitive", TO_PRIMITIVE,
            "hasInstance", HAS_INSTANCE, "toStringTag", TO_STRING_TAG);

    /** null for `Symbol()` (description undefined). */
    private final String description;

    public JSSymbol(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** SymbolDescriptiveString (§20.4.3.3.1): "Symbol(desc)". */
    @Override
    public String toString() {
        return "Symbol(" + (description == null ? "" : description) + ")";
    }
}
