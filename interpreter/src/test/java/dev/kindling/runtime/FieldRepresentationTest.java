/*
 * Field representations (V8's Representation per descriptor): a field's representation is the
 * least one that holds every value stored into it, it only climbs None → Smi → Double →
 * Tagged, it is shared by the shape that added the field and every shape below it, and a
 * generalization marks exactly the dependent code whose assumption it breaks.
 */
package dev.kindling.runtime;

import dev.kindling.runtime.builtins.Builtins;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FieldRepresentationTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));

    /** Code that records why it was marked. */
    private static final class Recorder implements DependentCode {
        final List<LazyDeoptimizeReason> marks = new ArrayList<>();

        @Override
        public void markDependentForDeoptimization(LazyDeoptimizeReason reason) {
            marks.add(reason);
        }
    }

    private JSObject withX(Object x) {
        JSObject o = realm.newObject();
        o.set("x", x);
        return o;
    }

    @Test
    void aFieldTakesTheRepresentationOfWhatItHolds() {
        // Each test starts from a fresh prototype, so the shapes are its own.
        JSObject proto = realm.newObject();
        JSObject o = new JSObject(proto.childRootShape());
        o.set("n", 1);
        assertEquals(Representation.SMI, o.shape().representationAt(0));
        o.set("n", 2.5);
        assertEquals(Representation.DOUBLE, o.shape().representationAt(0));
        o.set("n", 3);
        assertEquals(Representation.DOUBLE, o.shape().representationAt(0), "a field never narrows");
        o.set("n", "text");
        assertEquals(Representation.TAGGED, o.shape().representationAt(0));
        o.set("n", 4);
        assertEquals(Representation.TAGGED, o.shape().representationAt(0));
    }

    @Test
    void smiThenObjectGoesStraightToTagged() {
        JSObject proto = realm.newObject();
        JSObject o = new JSObject(proto.childRootShape());
        o.set("n", 1);
        o.set("n", realm.newObject());
        assertEquals(Representation.TAGGED, o.shape().representationAt(0));
    }

    @Test
    void theFieldIsSharedDownTheTransitionTree() {
        JSObject proto = realm.newObject();
        JSObject a = new JSObject(proto.childRootShape());
        a.set("p", 1);
        a.set("q", 1);
        JSObject b = new JSObject(proto.childRootShape());
        b.set("p", 1);
        b.set("r", 1);
        assertSame(a.shape().parent(), b.shape().parent());
        JSObject c = new JSObject(proto.childRootShape());
        c.set("p", 0.5); // generalizes p of {p}, and so of {p, q} and {p, r}
        assertEquals(Representation.DOUBLE, a.shape().representationAt(0));
        assertEquals(Representation.DOUBLE, b.shape().representationAt(0));
        assertEquals(Representation.SMI, a.shape().representationAt(1), "another field keeps its own");
    }

    @Test
    void aGeneralizationMarksTheCodeWhoseAssumptionItBreaks() {
        JSObject proto = realm.newObject();
        JSObject o = new JSObject(proto.childRootShape());
        o.set("v", 1);
        Recorder assumedSmi = new Recorder();
        Recorder assumedDouble = new Recorder();
        o.shape().fieldAt(0).addDependentCode(assumedSmi, Representation.SMI);
        o.shape().fieldAt(0).addDependentCode(assumedDouble, Representation.DOUBLE);
        o.set("v", 2);
        assertEquals(List.of(), assumedSmi.marks, "a Smi fits: nothing breaks");
        o.set("v", 2.5);
        assertEquals(List.of(LazyDeoptimizeReason.FieldRepresentationChange), assumedSmi.marks);
        assertEquals(List.of(), assumedDouble.marks, "Double still holds");
        o.set("v", "s");
        assertEquals(List.of(LazyDeoptimizeReason.FieldRepresentationChange), assumedDouble.marks);
        assertEquals(1, assumedSmi.marks.size(), "marked once");
    }

    @Test
    void codeThatAssumesWhatNoLongerHoldsIsMarkedAtOnce() {
        JSObject o = withX("a string");
        Recorder late = new Recorder();
        o.shape().fieldAt(0).addDependentCode(late, Representation.SMI);
        assertEquals(List.of(LazyDeoptimizeReason.FieldRepresentationChange), late.marks);
    }

    @Test
    void everyKindOfStoreGeneralizes() {
        JSObject proto = realm.newObject();
        JSObject o = new JSObject(proto.childRootShape());
        o.defineOwnProperty("a", 1, PropertyAttributes.DEFAULT); // a transition
        assertEquals(Representation.SMI, o.shape().representationAt(0));
        o.defineOwnProperty("a", 1.5, PropertyAttributes.DEFAULT); // a define in place
        assertEquals(Representation.DOUBLE, o.shape().representationAt(0));
        o.setSlotValue(0, Oddball.NULL); // an inline cache's store
        assertEquals(Representation.TAGGED, o.shape().representationAt(0));
    }

    @Test
    void theLatticeJoinsUpward() {
        assertEquals(Representation.SMI, Representation.NONE.join(Representation.of(7)));
        assertEquals(Representation.DOUBLE, Representation.SMI.join(Representation.of(-0.0)));
        assertEquals(Representation.TAGGED, Representation.DOUBLE.join(Representation.of("7")));
        assertEquals(Representation.DOUBLE, Representation.DOUBLE.join(Representation.SMI));
    }
}
