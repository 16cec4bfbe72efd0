/*
 * --trace-ic: one line per inline-cache state change, in the shape of V8's trace-ic lines
 * (which V8 writes to its log for tools/ic-processor; Kindling prints them directly, so they
 * are readable without a tool):
 *
 *     [LoadIC in ~f+12 at file.js:3:10 (0->1) Shape#5{x, y} x]
 *
 * — the IC kind, the function and bytecode offset (`~` marks interpreted code, as in V8), the
 * source position, old and new state with V8's letters (0 uninitialized, 1 monomorphic,
 * P polymorphic, N megamorphic), the receiver's shape and the property name.
 */
package dev.kindling.interpreter;

import dev.kindling.frontend.ast.Source;
import dev.kindling.ic.IcState;
import dev.kindling.ic.IcTracer;
import dev.kindling.runtime.Shape;

import java.io.PrintStream;

final class IcTraceWriter implements IcTracer {
    private final Interpreter interpreter;
    private final PrintStream out;

    IcTraceWriter(Interpreter interpreter, PrintStream out) {
        this.interpreter = interpreter;
        this.out = out;
    }

    @Override
    public void stateChanged(String kind, IcState from, IcState to, Shape shape, Object name) {
        JsFrame f = interpreter.currentFrame();
        StringBuilder sb = new StringBuilder("[").append(kind).append(" in ");
        if (f != null) {
            String function = f.function().shared().isTopLevel() ? "<top level>" : f.function().shared().name();
            Source source = f.function().shared().script().source();
            int pos = Math.max(0, f.sourcePosition());
            sb.append('~').append(function.isEmpty() ? "<anonymous>" : function).append('+').append(f.bytecodeOffset())
                    .append(" at ").append(fileName(source)).append(':').append(source.line(pos)).append(':')
                    .append(source.column(pos));
        }
        sb.append(" (").append(from.letter()).append("->").append(to.letter()).append(") ");
        if (shape != null) {
            sb.append(shape).append(' ');
        }
        sb.append("".equals(name) ? "<element>" : name).append(']');
        out.println(sb);
    }

    private static String fileName(Source source) {
        String name = source.fileName();
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}
