/*
 * Feedback is read through read-only views, as the optimizing tier reads it: a property
 * site's state, its shapes and the handler of each (with a kind and the data the kind needs:
 * a field's slot, a prototype field's holder and validity cell), a call site's target or its
 * megamorphic state, and the operation hints of binary and compare sites — each checked
 * against what the program did, and the lists immutable.
 */
package dev.kindling.ic;

import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.host.Engine;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedbackViewsTest {
    private static final String PROGRAM = """
            function Point(x, y) { this.x = x; this.y = y; }
            Point.prototype.sum = function sum() { return this.x + this.y; };
            function getY(o) { return o.y; }
            function callSum(p) { return p.sum(); }
            function add(a, b) { return a + b; }
            function less(a, b) { return a < b; }
            function callIt(f) { return f(); }
            module.exports = { Point, getY, callSum, add, less, callIt,
              p: new Point(1, 2), q: new Point(3, 4), f: () => 1, g: () => 2 };
            """;

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    private final Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
    private final JSObject exports = (JSObject) engine.runMainModule(engine.compile(PROGRAM, "views.js"),
            Path.of("views.js")).get("exports");

    private Object call(String name, Object... args) {
        return ((JSFunction) exports.get(name)).call(Oddball.UNDEFINED, args);
    }

    /** The feedback of the first slot of `kind` in `function`'s vector. */
    private Object slot(String function, FeedbackSlotKind kind) {
        FeedbackVector vector = ((JSClosure) exports.get(function)).feedbackVector();
        for (FeedbackMetadata.Slot s : vector.metadata().slots()) {
            if (s.kind() == kind) {
                return vector.get(s.index());
            }
        }
        throw new AssertionError("no " + kind + " slot in " + function);
    }

    @Test
    void aMonomorphicFieldLoadShowsItsShapeAndFieldSlot() {
        JSObject p = (JSObject) exports.get("p");
        assertEquals(2, call("getY", p));
        PropertyFeedback site = (PropertyFeedback) slot("getY", FeedbackSlotKind.LoadProperty);
        assertEquals(IcState.MONOMORPHIC, site.state());
        assertEquals(List.of(p.shape()), site.shapes());
        Handler handler = site.handlers().get(0);
        assertEquals(Handler.Kind.Field, handler.kind());
        assertEquals(p.shape().lookup("y"), ((Handler.LoadField) handler).slot());
        assertSame(handler, site.handlerFor(p.shape()));
        assertThrows(UnsupportedOperationException.class, () -> site.shapes().add(p.shape()));
        assertThrows(UnsupportedOperationException.class, () -> site.handlers().clear());
    }

    @Test
    void aMethodLoadNamesItsPrototypeHolderAndValidityCell() {
        assertEquals(3, call("callSum", exports.get("p")));
        PropertyFeedback site = (PropertyFeedback) slot("callSum", FeedbackSlotKind.LoadProperty);
        Handler handler = site.handlers().get(0);
        assertEquals(Handler.Kind.PrototypeField, handler.kind());
        JSObject prototype = (JSObject) ((JSObject) exports.get("Point")).get("prototype");
        Handler.LoadPrototypeField field = (Handler.LoadPrototypeField) handler;
        assertSame(prototype, field.holder());
        assertEquals(prototype.shape().lookup("sum"), field.slot());
        CallFeedback callSite = (CallFeedback) slot("callSum", FeedbackSlotKind.Call);
        assertEquals(IcState.MONOMORPHIC, callSite.state());
        assertSame(prototype.get("sum"), callSite.target());
    }

    @Test
    void aCallSiteWithTwoTargetsIsMegamorphicWithNoTarget() {
        call("callIt", exports.get("f"));
        CallFeedback site = (CallFeedback) slot("callIt", FeedbackSlotKind.Call);
        assertSame(exports.get("f"), site.target());
        call("callIt", exports.get("g"));
        assertEquals(IcState.MEGAMORPHIC, site.state());
        assertNull(site.target());
    }

    @Test
    void operationHintsMoveUpTheirLattices() {
        call("add", 1, 2);
        BinaryOperationFeedback sum = (BinaryOperationFeedback) slot("add", FeedbackSlotKind.BinaryOp);
        assertEquals(BinaryOperationFeedback.Hint.SignedSmall, sum.hint());
        call("add", 1.5, 2);
        assertEquals(BinaryOperationFeedback.Hint.Number, sum.hint());
        call("less", 1, 2);
        CompareOperationFeedback compare = (CompareOperationFeedback) slot("less", FeedbackSlotKind.CompareOp);
        assertEquals(CompareOperationFeedback.Hint.SignedSmall, compare.hint());
        call("less", "a", "b");
        assertEquals(CompareOperationFeedback.Hint.Any, compare.hint());
    }
}
