/*
 * Shapes (V8's maps): objects that gain the same properties in the same order share a shape;
 * another order gives another shape; delete or too many properties move an object to an
 * unshared dictionary-mode shape; a prototype's layout change invalidates its validity cell
 * and the cells of everything below it.
 */
package dev.kindling.runtime;

import dev.kindling.runtime.builtins.Builtins;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapeTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

    private JSObject object(String... keys) {
        JSObject o = realm.newObject();
        for (String k : keys) {
            o.set(k, 1);
        }
        return o;
    }

    @Test
    void sameKeysInSameOrderShareAShape() {
        assertSame(object("x", "y").shape(), object("x", "y").shape());
        assertEquals(0, object("x", "y").shape().lookup("x"));
        assertEquals(1, object("x", "y").shape().lookup("y"));
    }

    @Test
    void anotherOrderIsAnotherShape() {
        assertNotSame(object("x", "y").shape(), object("y", "x").shape());
    }

    @Test
    void shapesFormATransitionTree() {
        Shape xy = object("x", "y").shape();
        Shape x = object("x").shape();
        assertSame(x, xy.parent());
        assertSame(xy, x.transitions().get("y"));
        assertSame(realm.objectPrototype().childRootShape(), x.parent());
    }

    @Test
    void overwritingAValueKeepsTheShape() {
        JSObject o = object("x");
        Shape before = o.shape();
        o.set("x", "changed");
        assertSame(before, o.shape());
    }

    @Test
    void deleteMovesToDictionaryMode() {
        JSObject o = object("x", "y");
        o.deleteOwn("x");
        assertTrue(o.isDictionaryMode());
        assertTrue(o.shape().isDictionary());
        assertNotSame(o.shape(), object("y").shape());
        assertEquals(1, o.get("y"));
        assertFalse(o.hasOwnProperty("x"));
    }

    @Test
    void tooManyPropertiesMoveToDictionaryMode() {
        JSObject o = realm.newObject();
        for (int i = 0; i < Shape.MAX_FAST_PROPERTIES; i++) {
            o.set("p" + i, i);
        }
        assertFalse(o.isDictionaryMode());
        o.set("one-more", 0);
        assertTrue(o.isDictionaryMode());
        assertEquals(7, o.get("p7"));
    }

    @Test
    void aPrototypeChangeInvalidatesItsCellAndTheCellsBelow() {
        JSObject grand = realm.newObject();
        JSObject parent = realm.newObject(grand);
        ValidityCell parentCell = parent.prototypeValidityCell();
        ValidityCell grandCell = grand.prototypeValidityCell();
        assertTrue(parentCell.isValid());
        grand.set("shadow", 1);
        assertFalse(grandCell.isValid());
        assertFalse(parentCell.isValid(), "a change above a prototype invalidates it too");
        ValidityCell fresh = parent.prototypeValidityCell();
        assertTrue(fresh.isValid());
        assertNotSame(parentCell, fresh);
        parent.set("value", 2);
        parent.set("value", 3);
        assertFalse(fresh.isValid(), "adding a property invalidates");
        ValidityCell afterAdd = parent.prototypeValidityCell();
        parent.set("value", 4);
        assertTrue(afterAdd.isValid(), "overwriting a value does not");
    }
}
