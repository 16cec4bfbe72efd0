/*
 * CheckMaps (Maglev's, V8's "map" being Kindling's Shape): deoptimizes with "wrong map" unless
 * its input is a JSObject whose shape is one of the node's (at most
 * PropertyFeedback.MAX_POLYMORPHISM, from a monomorphic or polymorphic IC). After it, on the
 * same path, field loads and stores by slot are safe until something that can change shapes
 * (a call, a store that transitions) runs.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.Shape;

import java.util.List;

public final class CheckMaps extends Node {
    private final List<Shape> shapes;

    public CheckMaps(Node object, List<Shape> shapes) {
        super(Opcode.CheckMaps, object);
        this.shapes = List.copyOf(shapes);
    }

    public List<Shape> shapes() {
        return shapes;
    }

    @Override
    public String details() {
        StringBuilder s = new StringBuilder();
        for (Shape shape : shapes) {
            s.append(s.length() == 0 ? "" : ", ").append("Shape#").append(shape.id());
        }
        return "[" + s + "]";
    }
}
