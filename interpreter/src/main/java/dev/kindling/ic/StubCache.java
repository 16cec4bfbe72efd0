/*
 * The megamorphic stub cache (V8's StubCache, src/ic/stub-cache.h): one table per engine,
 * keyed by (shape, property name), shared by every IC that has gone megamorphic. V8's is a
 * fixed-size hash table that simply overwrites on collision; ours does the same with a
 * power-of-two array, so it never grows and a lookup is one hash and two comparisons.
 */
package dev.kindling.ic;

import dev.kindling.runtime.Shape;

public final class StubCache {
    private static final int SIZE = 4096;

    private final Shape[] shapes = new Shape[SIZE];
    private final Object[] names = new Object[SIZE];
    private final Handler[] handlers = new Handler[SIZE];

    private static int index(Shape shape, Object name) {
        return (shape.id() * 31 + name.hashCode()) & (SIZE - 1);
    }

    public Handler get(Shape shape, Object name) {
        int i = index(shape, name);
        return shapes[i] == shape && name.equals(names[i]) ? handlers[i] : null;
    }

    public void put(Shape shape, Object name, Handler handler) {
        int i = index(shape, name);
        shapes[i] = shape;
        names[i] = name;
        handlers[i] = handler;
    }
}
