/*
 * Property keys are V8's Names: a String or a JSSymbol. Symbol keys take part in shapes and
 * transitions exactly as string keys do (a symbol is one key, compared by identity, never
 * equal to its description), and [[OwnPropertyKeys]] lists the strings in spec order, then
 * the symbols in insertion order, while ownKeys() (what Object.keys and for-in read) has
 * the strings only.
 */
package dev.kindling.runtime;

import dev.kindling.runtime.builtins.Builtins;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SymbolKeyTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    private final JSSymbol foo = new JSSymbol("foo");

    @Test
    void aSymbolKeyIsOneTransitionInTheShapeTree() {
        JSObject a = realm.newObject();
        JSObject b = realm.newObject();
        a.set(foo, 1);
        b.set(foo, 2);
        assertSame(a.shape(), b.shape(), "same symbol, same order: one shape");
        assertEquals(0, a.shape().lookup(foo));
        assertSame(foo, a.shape().keyAt(0));
        assertSame(a.shape(), realm.objectPrototype().childRootShape().transitions().get(foo));
    }

    @Test
    void symbolsCompareByIdentityNotByDescription() {
        JSSymbol other = new JSSymbol("foo");
        JSObject a = realm.newObject();
        JSObject b = realm.newObject();
        JSObject c = realm.newObject();
        a.set(foo, 1);
        b.set(other, 1);
        c.set("foo", 1);
        assertNotSame(a.shape(), b.shape());
        assertNotSame(a.shape(), c.shape());
        assertEquals(-1, a.shape().lookup(other));
        assertEquals(-1, a.shape().lookup("foo"));
        assertEquals(-1, c.shape().lookup(foo));
        assertSame(Oddball.UNDEFINED, a.get("foo"));
        assertSame(Oddball.UNDEFINED, a.get(other));
    }

    @Test
    void ownKeysListStringsOnlyAndOwnPropertyKeysAddTheSymbolsAfterThem() {
        JSSymbol bar = new JSSymbol("bar");
        JSObject o = realm.newObject();
        o.set(foo, 1);
        o.set("b", 2);
        o.set(bar, 3);
        o.set("1", 4);
        assertEquals(List.of("1", "b"), o.ownKeys());
        assertEquals(List.of(foo, bar), o.ownSymbolKeys());
        assertEquals(List.of("1", "b", foo, bar), o.ownPropertyKeys());
    }

    @Test
    void symbolKeysSurviveDictionaryMode() {
        JSObject o = realm.newObject();
        o.set("x", 1);
        o.set(foo, 2);
        assertTrue(o.deleteOwn("x"));
        assertTrue(o.isDictionaryMode());
        assertEquals(2, o.get(foo));
        o.set(foo, 3);
        assertEquals(3, o.get(foo));
        assertEquals(List.of(foo), o.ownSymbolKeys());
        assertTrue(o.deleteOwn(foo));
        assertFalse(o.hasOwnProperty(foo));
    }

    @Test
    void symbolKeysAreInheritedAlongThePrototypeChain() {
        JSObject proto = realm.newObject();
        proto.set(foo, "inherited");
        JSObject child = realm.newObject(proto);
        assertEquals("inherited", child.get(foo));
        assertTrue(child.hasProperty(foo));
        assertFalse(child.hasOwnProperty(foo));
    }

    @Test
    void aSymbolIsNeverAnArrayIndexNorAnExoticKey() {
        JSSymbol length = new JSSymbol("length");
        JSArray array = realm.newArray(new Object[] {1, 2});
        array.set(length, "mine");
        assertEquals(2, array.get("length"));
        assertEquals("mine", array.get(length));
        assertEquals(-1, ArrayIndex.parse((Object) new JSSymbol("0")));
        assertTrue(array.isOrdinaryKey(length));
    }

    @Test
    void toPropertyKeyKeepsSymbolsAndImplicitConversionsThrow() {
        assertSame(foo, Conversions.toPropertyKey(foo));
        assertEquals("1", Conversions.toPropertyKey(1));
        JSException toString = assertThrows(JSException.class, () -> Conversions.toString(foo));
        assertTrue(toString.getMessage().contains("Cannot convert a Symbol value to a string"));
        assertThrows(JSException.class, () -> Conversions.toNumber(foo));
        assertEquals("symbol", Operators.typeOf(foo));
        assertEquals("Symbol(foo)", foo.toString());
        assertEquals("Symbol()", new JSSymbol(null).toString());
    }
}
