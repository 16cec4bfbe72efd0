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
 *
 * Assumes: the interpreter, which makes the writer, hands it a way to ask where execution is
 * (a Site, or null outside JS code); the writer knows nothing else of the interpreter.
 */
package dev.kindling.diagnostics;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Source;
import dev.kindling.ic.IcState;
import dev.kindling.ic.IcTracer;
import dev.kindling.runtime.Shape;

import java.io.PrintStream;
import java.util.function.Supplier;

public final class IcTraceWriter implements IcTracer {
    /** Where an IC changed: the running function, its bytecode offset and source position. */
    public record Site(SharedFunctionInfo function, int bytecodeOffset, int sourcePosition) {
    }

    private final Supplier<Site> where;
    private final PrintStream out;

    /** A writer to `out`; `where` gives the current site, or null when no JS code runs. */
    public IcTraceWriter(Supplier<Site> where, PrintStream out) {
        this.where = where;
        this.out = out;
    }

    @Override
    public void stateChanged(String kind, IcState from, IcState to, Shape shape, Object name) {
        Site f = where.get();
        StringBuilder sb = new StringBuilder("[").append(kind).append(" in ");
        if (f != null) {
            Source source = f.function().script().source();
            int pos = Math.max(0, f.sourcePosition());
            sb.append('~').append(FeedbackPrinter.functionName(f.function())).append('+').append(f.bytecodeOffset())
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
