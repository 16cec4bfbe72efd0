/*
 * A handle on a JS symbol: the same symbol when it is passed back into the engine, so a
 * symbol-keyed property can be read from Java with JsObject.get(symbol). Two handles are
 * equal when they stand for the same symbol (symbols are compared by identity in JS).
 */
package dev.kindling.api;

import dev.kindling.runtime.JSSymbol;

public final class JsSymbol {
    final Kindling engine;
    final JSSymbol symbol;

    JsSymbol(Kindling engine, JSSymbol symbol) {
        this.engine = engine;
        this.symbol = symbol;
    }

    /** The description (`Symbol('d').description`), or null for `Symbol()`. */
    public String description() {
        return symbol.description();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsSymbol s && s.symbol == symbol;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(symbol);
    }

    /** As JS prints it: `Symbol(d)`. */
    @Override
    public String toString() {
        return symbol.toString();
    }
}
