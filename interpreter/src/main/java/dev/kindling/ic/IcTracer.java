/*
 * Receives every IC state change, for --trace-ic. The interpreter implements it (it knows the
 * function, bytecode offset and source position of the access being made).
 */
package dev.kindling.ic;

import dev.kindling.runtime.Shape;

@FunctionalInterface
public interface IcTracer {
    /**
     * @param kind  "LoadIC", "StoreIC", "KeyedLoadIC", "KeyedStoreIC", "LoadGlobalIC",
     *              "StoreGlobalIC", "DefineNamedOwnIC"
     * @param shape the receiver's shape (null for global ICs)
     */
    void stateChanged(String kind, IcState from, IcState to, Shape shape, Object name);
}
