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
    public static final JSSymbol SPECIES = new JSSymbol("Symbol.species");
    /** The regexp protocol of String.prototype.match/matchAll/replace/search/split (§22.1.3). */
    public static final JSSymbol MATCH = new JSSymbol("Symbol.match");
    public static final JSSymbol MATCH_ALL = new JSSymbol("Symbol.matchAll");
    public static final JSSymbol REPLACE = new JSSymbol("Symbol.replace");
    public static final JSSymbol SEARCH = new JSSymbol("Symbol.search");
    public static final JSSymbol SPLIT = new JSSymbol("Symbol.split");
    /** Array.prototype's list of names a `with` statement would not bind (Kindling has no `with`). */
    public static final JSSymbol UNSCOPABLES = new JSSymbol("Symbol.unscopables");
    /** The async iteration protocol of for await and yield* in async generators (§27.1.3). */
    public static final JSSymbol ASYNC_ITERATOR = new JSSymbol("Symbol.asyncIterator");

    /**
     * Every well-known symbol, by the name it has as a property of `Symbol`. The twelve above
     * are the ones Kindling's builtins use; the others exist so programs can name them (their protocols
     * — species outside promises, concat spreading — are not implemented).
     */
    public static final java.util.Map<String, JSSymbol> WELL_KNOWN = java.util.Map.ofEntries(
            java.util.Map.entry("asyncIterator", ASYNC_ITERATOR),
            java.util.Map.entry("hasInstance", HAS_INSTANCE),
            java.util.Map.entry("isConcatSpreadable", new JSSymbol("Symbol.isConcatSpreadable")),
            java.util.Map.entry("iterator", ITERATOR),
            java.util.Map.entry("match", MATCH),
            java.util.Map.entry("matchAll", MATCH_ALL),
            java.util.Map.entry("replace", REPLACE),
            java.util.Map.entry("search", SEARCH),
            java.util.Map.entry("species", SPECIES),
            java.util.Map.entry("split", SPLIT),
            java.util.Map.entry("toPrimitive", TO_PRIMITIVE),
            java.util.Map.entry("toStringTag", TO_STRING_TAG),
            java.util.Map.entry("unscopables", UNSCOPABLES));

    /**
     * What a private name (§6.2.12, V8's private name symbol) names: a class's `#x` field,
     * method or accessor, instance or static, and the class (for node's error messages).
     */
    public enum PrivateKind { FIELD, METHOD, ACCESSOR }

    /**
     * A private name's facts (its name `#x`, what it names, and its class's name for node's
     * errors); see PrivateNames for what a private key does. A constant of the bytecode.
     */
    public record PrivateName(String name, PrivateKind kind, boolean isStatic, String className) {
        @Override
        public String toString() {
            return "<PrivateName " + name + ">";
        }
    }

    /** null for `Symbol()` (description undefined). */
    private final String description;
    /** Non-null for a private name: a key no reflection sees and only its class's code can name. */
    private final PrivateName privateName;

    public JSSymbol(String description) {
        this(description, null);
    }

    private JSSymbol(String description, PrivateName privateName) {
        this.description = description;
        this.privateName = privateName;
    }

    /** A new private name `#x` (V8's Runtime_CreatePrivateNameSymbol), one per class evaluation. */
    public static JSSymbol newPrivateName(PrivateName facts) {
        return new JSSymbol(facts.name(), facts);
    }

    public boolean isPrivate() {
        return privateName != null;
    }

    /** The private name's facts, or null for an ordinary symbol. */
    public PrivateName privateName() {
        return privateName;
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
