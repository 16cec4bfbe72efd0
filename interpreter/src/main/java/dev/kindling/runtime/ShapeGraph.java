/*
 * --dump-shapes=FILE.dot: the shape transition trees as a Graphviz digraph, so a student can
 * see V8's hidden-class tree (`dot -Tsvg FILE.dot > shapes.svg`):
 *
 *     "Shape#7" [label="Shape#7\n{}\nroot, prototype Object"];
 *     "Shape#12" [label="Shape#12\n{x: Smi, y: Double}"];
 *     "Shape#7" -> "Shape#11" [label="x"];
 *
 * Nodes are shapes with their property list, each field with its representation at exit (what
 * it has held: Smi, Double or Tagged; Shape); an edge is a transition, labelled with the
 * property it adds (and its attributes when not the default [WEC]). The roots are the ones
 * Shape recorded while the engine ran (Shape.recordRootsOnThisThread); a root with no
 * transitions is left out, since it is only an empty object's shape. Only the program's shapes
 * (ids from `firstId` on, made after the realm's builtins were set up) and the paths from their
 * roots to them are drawn, so the builtins' long chains do not bury the student's few shapes.
 *
 * Guarantees: nodes and edges are written in a fixed order (roots in creation order, children
 * sorted by shape id), so the file is stable for a given program.
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

public final class ShapeGraph {
    private ShapeGraph() {}

    public static String toDot(List<Shape> roots, int firstId) {
        StringBuilder sb = new StringBuilder("digraph shapes {\n  node [shape=box, fontname=\"monospace\"];\n");
        for (Shape root : roots) {
            if (!root.transitions().isEmpty() && drawn(root, firstId)) {
                String proto = root.prototype() == null ? "null" : root.prototype().className();
                sb.append("  \"Shape#").append(root.id()).append("\" [label=\"Shape#").append(root.id())
                        .append("\\n{}\\nroot, prototype ").append(escape(proto)).append("\"];\n");
                writeChildren(sb, root, firstId);
            }
        }
        return sb.append("}\n").toString();
    }

    /** Whether `shape` or a shape below it belongs to the program. */
    private static boolean drawn(Shape shape, int firstId) {
        if (shape.id() >= firstId) {
            return true;
        }
        for (Shape child : shape.transitions().values()) {
            if (drawn(child, firstId)) {
                return true;
            }
        }
        return false;
    }

    private static void writeChildren(StringBuilder sb, Shape shape, int firstId) {
        List<Map.Entry<Object, Shape>> children = new ArrayList<>(shape.transitions().entrySet());
        children.sort(Comparator.comparingInt(e -> e.getValue().id()));
        for (Map.Entry<Object, Shape> e : children) {
            Shape child = e.getValue();
            if (!drawn(child, firstId)) {
                continue;
            }
            sb.append("  \"Shape#").append(child.id()).append("\" [label=\"Shape#").append(child.id()).append("\\n{");
            for (int i = 0; i < child.propertyCount(); i++) {
                sb.append(i > 0 ? ", " : "").append(escape(String.valueOf(child.keyAt(i)))).append(": ")
                        .append(child.representationAt(i).v8Name());
            }
            sb.append("}\"];\n");
            int last = child.propertyCount() - 1;
            int attrs = child.attributesAt(last);
            String label = escape(String.valueOf(child.keyAt(last))) + (attrs == PropertyAttributes.DEFAULT ? "" : " " + attributes(attrs));
            sb.append("  \"Shape#").append(shape.id()).append("\" -> \"Shape#").append(child.id())
                    .append("\" [label=\"").append(label).append("\"];\n");
            writeChildren(sb, child, firstId);
        }
    }

    private static String attributes(int attrs) {
        return "[" + (PropertyAttributes.isAccessor(attrs) ? "A" : PropertyAttributes.isWritable(attrs) ? "W" : "_")
                + (PropertyAttributes.isEnumerable(attrs) ? "E" : "_")
                + (PropertyAttributes.isConfigurable(attrs) ? "C" : "_") + "]";
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
