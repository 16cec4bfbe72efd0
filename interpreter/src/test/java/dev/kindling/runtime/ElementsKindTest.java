/*
 * Elements kinds: an array starts as specific as its values allow and only ever generalizes
 * (PACKED_SMI → PACKED_DOUBLE → PACKED, each to its HOLEY twin, and finally DICTIONARY), as
 * in V8; its values read back unchanged through every transition.
 */
package dev.kindling.runtime;

import dev.kindling.runtime.builtins.Builtins;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static dev.kindling.runtime.ElementsKind.DICTIONARY_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.HOLEY_DOUBLE_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.HOLEY_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.HOLEY_SMI_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.PACKED_DOUBLE_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.PACKED_ELEMENTS;
import static dev.kindling.runtime.ElementsKind.PACKED_SMI_ELEMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElementsKindTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

    private JSArray array(Object... values) {
        return realm.newArray(values);
    }

    @Test
    void literalsGetTheMostSpecificKind() {
        assertEquals(PACKED_SMI_ELEMENTS, array(1, 2, 3).elementsKind());
        assertEquals(PACKED_DOUBLE_ELEMENTS, array(1, 2.5).elementsKind());
        assertEquals(PACKED_ELEMENTS, array(1, "x").elementsKind());
        assertEquals(HOLEY_SMI_ELEMENTS, array(1, Oddball.THE_HOLE, 3).elementsKind());
        assertEquals(PACKED_SMI_ELEMENTS, array().elementsKind());
    }

    @Test
    void storingADoubleThenAnObjectGeneralizesStepByStep() {
        JSArray a = array(1, 2, 3);
        a.setElement(1, 2.5);
        assertEquals(PACKED_DOUBLE_ELEMENTS, a.elementsKind());
        assertEquals(1, a.getElement(0));
        assertEquals(2.5, a.getElement(1));
        a.push("s");
        assertEquals(PACKED_ELEMENTS, a.elementsKind());
        assertEquals(3, a.getElement(2));
        assertEquals("s", a.getElement(3));
    }

    @Test
    void storingAnIntegerNeverSpecializesBack() {
        JSArray a = array(1.5, "x");
        a.setElement(0, 7);
        a.setElement(1, 8);
        assertEquals(PACKED_ELEMENTS, a.elementsKind());
        JSArray d = array(1.5, 2.5);
        d.setElement(0, 1);
        d.setElement(1, 2);
        assertEquals(PACKED_DOUBLE_ELEMENTS, d.elementsKind());
        assertSame(Integer.class, d.getElement(0).getClass(), "a whole double reads back as an Integer");
    }

    @Test
    void holesMakeTheHoleyTwin() {
        JSArray a = array(1, 2, 3);
        a.deleteOwn("1");
        assertEquals(HOLEY_SMI_ELEMENTS, a.elementsKind());
        assertSame(Oddball.THE_HOLE, a.rawElement(1));
        assertEquals(Oddball.UNDEFINED, a.getElement(1));
        a.setElement(1, 2);
        assertEquals(HOLEY_SMI_ELEMENTS, a.elementsKind(), "filling the hole does not make it packed again");

        JSArray d = array(1.5);
        d.setLength(3);
        assertEquals(HOLEY_DOUBLE_ELEMENTS, d.elementsKind());
        assertFalse(d.hasOwnProperty("2"));
        d.push(new JSObject(Shape.root(null)));
        assertEquals(HOLEY_ELEMENTS, d.elementsKind());
        assertEquals(1.5, d.getElement(0));
        assertSame(Oddball.THE_HOLE, d.rawElement(1));
    }

    @Test
    void aFarIndexMakesTheArraySparse() {
        JSArray a = array(1, 2);
        a.defineOwnProperty("4294967294", "last", PropertyAttributes.DEFAULT);
        assertEquals(DICTIONARY_ELEMENTS, a.elementsKind());
        assertEquals(4294967295L, a.longLength());
        assertEquals(2, a.getElement(1));
        assertEquals("last", a.get("4294967294"));
        a.setLength(1);
        assertEquals(1, a.longLength());
        assertFalse(a.hasOwnProperty("1"));
    }

    @Test
    void theLatticeOnlyGoesDownAndRight() {
        for (ElementsKind from : ElementsKind.values()) {
            for (ElementsKind to : ElementsKind.values()) {
                boolean generalizes = from.join(to) == to;
                assertEquals(generalizes, from.canTransitionTo(to), from + " -> " + to);
            }
            assertTrue(from.canTransitionTo(from));
            assertTrue(from.canTransitionTo(DICTIONARY_ELEMENTS));
        }
        assertFalse(PACKED_ELEMENTS.canTransitionTo(PACKED_SMI_ELEMENTS));
        assertFalse(HOLEY_SMI_ELEMENTS.canTransitionTo(PACKED_SMI_ELEMENTS));
        assertFalse(PACKED_DOUBLE_ELEMENTS.canTransitionTo(HOLEY_SMI_ELEMENTS));
    }
}
