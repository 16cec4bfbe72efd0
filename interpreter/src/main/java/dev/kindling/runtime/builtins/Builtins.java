/*
 * Installs every builtin into a new realm. Placeholder until the builtins land.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Realm;

public final class Builtins {
    private Builtins() {
    }

    public static void install(Realm realm) {
    }
}
