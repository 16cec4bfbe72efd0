/*
 * The inline-cache invariants, driven directly on a Realm (no interpreter): the state machine
 * of a property site (uninitialized → monomorphic at the first shape → polymorphic at the
 * second → megamorphic past PropertyFeedback.MAX_POLYMORPHISM), prototype loads that stay
 * right when the chain changes (validity cells), global property cells dropped on delete, and
 * the megamorphic stub cache.
 */
package dev.kindling.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.builtins.Builtins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCacheStateTest {
    private final Realm realm = Builtins.createRealm(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
    private final List<String> trace = new ArrayList<>();
    private final InlineCaches ics = new InlineCaches(realm, true,
            (kind, from, to, shape, name) -> trace.add(kind + " " + from.letter() + "->" + to.letter() + " " + name));

    /** An object with the given data properties, added in order: its shape is that order's. */
    private JSObject object(Object... keysAndValues) {
        return objectWithPrototype(realm.objectPrototype(), keysAndValues);
    }

    private JSObject objectWithPrototype(JSObject prototype, Object... keysAndValues) {
        JSObject o = realm.newObject(prototype);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.defineOwnProperty((String) keysAndValues[i], keysAndValues[i + 1], PropertyAttributes.DEFAULT);
        }
        return o;
    }

    @Test
    void aLoadSiteIsMonomorphicAtTheFirstShapePolymorphicAtTheSecondMegamorphicPastFour() {
        PropertyFeedback site = new PropertyFeedback();
        assertEquals(IcState.UNINITIALIZED, site.state());

        assertEquals(1, ics.load.load(site, object("x", 1), "x"));
        assertEquals(IcState.MONOMORPHIC, site.state());
        assertEquals(2, ics.load.load(site, object("x", 2), "x"), "same shape: a hit");
        assertEquals(IcState.MONOMORPHIC, site.state());
        assertEquals(1, site.shapeCount());

        assertEquals(3, ics.load.load(site, object("a", 0, "x", 3), "x"));
        assertEquals(IcState.POLYMORPHIC, site.state());
        ics.load.load(site, object("b", 0, "x", 4), "x");
        ics.load.load(site, object("c", 0, "x", 5), "x");
        assertEquals(IcState.POLYMORPHIC, site.state());
        assertEquals(PropertyFeedback.MAX_POLYMORPHISM, site.shapeCount());

        assertEquals(6, ics.load.load(site, object("d", 0, "x", 6), "x"));
        assertEquals(IcState.MEGAMORPHIC, site.state());
        assertEquals(0, site.shapeCount(), "a megamorphic site keeps no list of its own");
        assertEquals(7, ics.load.load(site, object("e", 0, "x", 7), "x"));
        assertEquals(List.of("LoadIC 0->1 x", "LoadIC 1->P x", "LoadIC P->N x"), trace);
    }

    @Test
    void aMegamorphicSiteUsesTheStubCacheAndStaysCorrect() {
        PropertyFeedback site = new PropertyFeedback();
        for (int i = 0; i < 6; i++) {
            ics.load.load(site, object("k" + i, 0, "x", i), "x");
        }
        JSObject o = object("k5", 0, "x", 99);
        assertNotNull(ics.stubCache().get(o.shape(), "x"), "the shape seen last is in the stub cache");
        assertEquals(99, ics.load.load(site, o, "x"));
        assertEquals(Oddball.UNDEFINED, ics.load.load(site, o, "y"));
    }

    @Test
    void aStoreSiteCachesTheTransitionAndObjectsShareTheResultingShape() {
        PropertyFeedback site = new PropertyFeedback();
        JSObject a = object();
        JSObject b = object();
        ics.store.store(site, a, "x", 1, false);
        assertEquals(IcState.MONOMORPHIC, site.state());
        assertInstanceOf(Handler.StoreTransition.class, site.handler(0));
        ics.store.store(site, b, "x", 2, false);
        assertSame(a.shape(), b.shape());
        assertEquals(2, b.get("x"));
    }

    @Test
    void aPrototypeLoadSeesAPropertyAddedToAnIntermediatePrototypeThatShadowsIt() {
        JSObject base = object("greet", "base");
        JSObject mid = objectWithPrototype(base);
        JSObject receiver = objectWithPrototype(mid);
        PropertyFeedback site = new PropertyFeedback();
        assertEquals("base", ics.load.load(site, receiver, "greet"));
        Handler.LoadPrototypeField h = assertInstanceOf(Handler.LoadPrototypeField.class, site.handler(0));
        assertSame(base, h.holder());
        assertEquals("base", ics.load.load(site, receiver, "greet"), "a hit");

        mid.defineOwnProperty("greet", "mid", PropertyAttributes.DEFAULT);
        assertFalse(h.cell().isValid(), "the chain changed below the holder");
        assertEquals("mid", ics.load.load(site, receiver, "greet"));
    }

    @Test
    void aCachedMissSeesAPropertyTheHolderGainsLaterAndAChangedValue() {
        JSObject proto = object("a", 1);
        JSObject receiver = objectWithPrototype(proto);
        PropertyFeedback site = new PropertyFeedback();
        assertEquals(Oddball.UNDEFINED, ics.load.load(site, receiver, "colour"));
        assertInstanceOf(Handler.LoadMissing.class, site.handler(0));

        proto.defineOwnProperty("colour", "red", PropertyAttributes.DEFAULT);
        assertEquals("red", ics.load.load(site, receiver, "colour"));
        proto.set("colour", "blue");
        assertEquals("blue", ics.load.load(site, receiver, "colour"), "values are read, not cached");
        realm.objectPrototype().defineOwnProperty("shadowless", 1, PropertyAttributes.DEFAULT);
        assertEquals("blue", ics.load.load(site, receiver, "colour"));
    }

    @Test
    void aGlobalCellIsDroppedWhenThePropertyIsDeleted() {
        JSObject global = realm.global();
        global.defineOwnProperty("counter", 1, PropertyAttributes.DEFAULT);
        PropertyFeedback site = new PropertyFeedback();
        assertEquals(1, ics.global.load(site, "counter"));
        assertEquals(IcState.MONOMORPHIC, site.state());
        JSObject.DictionaryEntry cell = assertInstanceOf(JSObject.DictionaryEntry.class, site.cell());

        assertTrue(ics.global.store(site, "counter", 2));
        assertEquals(2, global.get("counter"), "a store through the cell is the global's value");

        assertTrue(global.deleteOwn("counter"));
        assertTrue(cell.isDeleted());
        assertNull(ics.global.load(site, "counter"), "a deleted cell is a miss: the generic path throws");

        global.defineOwnProperty("counter", 10, PropertyAttributes.DEFAULT);
        assertEquals(10, ics.global.load(site, "counter"), "the new property's cell");
    }

    @Test
    void theStubCacheHitsOnTheSameShapeAndNameAndMissesOtherwise() {
        StubCache cache = new StubCache();
        Shape s1 = object("x", 1).shape();
        Shape s2 = object("y", 1).shape();
        Handler h = new Handler.LoadField(0);
        assertNull(cache.get(s1, "x"), "empty");
        cache.put(s1, "x", h);
        assertSame(h, cache.get(s1, "x"));
        assertNull(cache.get(s1, "y"), "other name");
        assertNull(cache.get(s2, "x"), "other shape");
        Handler h2 = new Handler.LoadField(1);
        cache.put(s1, "x", h2);
        assertSame(h2, cache.get(s1, "x"), "a put overwrites");
    }

    @Test
    void withIcsOffNothingIsRecordedAndLoadsStillWork() {
        InlineCaches off = new InlineCaches(realm, false, null);
        PropertyFeedback site = new PropertyFeedback();
        assertEquals(1, off.load.load(site, object("x", 1), "x"));
        assertEquals(IcState.UNINITIALIZED, site.state());
    }

    @Test
    void aKeyedSiteOnASymbolKeyCachesTheSymbolsSlotLikeANamedLoad() {
        JSSymbol key = new JSSymbol("k");
        PropertyFeedback site = new PropertyFeedback();
        JSObject a = realm.newObject();
        a.defineOwnProperty("x", 0, PropertyAttributes.DEFAULT);
        a.defineOwnProperty(key, "first", PropertyAttributes.DEFAULT);
        JSObject b = realm.newObject();
        b.defineOwnProperty("x", 1, PropertyAttributes.DEFAULT);
        b.defineOwnProperty(key, "second", PropertyAttributes.DEFAULT);

        assertEquals("first", ics.keyedLoad.load(site, a, key));
        assertEquals(IcState.MONOMORPHIC, site.state());
        assertSame(key, site.name());
        assertInstanceOf(Handler.LoadField.class, site.lookup(a.shape()));
        assertEquals("second", ics.keyedLoad.load(site, b, key), "same shape: a hit on the cached slot");
        assertEquals(IcState.MONOMORPHIC, site.state());

        JSSymbol sameDescription = new JSSymbol("k");
        assertSame(Oddball.UNDEFINED, ics.keyedLoad.load(site, a, sameDescription),
                "another symbol is another name, even with the same description");
        assertEquals(IcState.MEGAMORPHIC, site.state());
    }

    @Test
    void aStoreSiteOnASymbolKeyCachesTheTransition() {
        JSSymbol key = new JSSymbol("tag");
        PropertyFeedback site = new PropertyFeedback();
        JSObject a = realm.newObject();
        ics.keyedStore.store(site, a, key, 1, false);
        assertInstanceOf(Handler.StoreTransition.class, site.lookup(realm.objectPrototype().childRootShape()));
        JSObject b = realm.newObject();
        ics.keyedStore.store(site, b, key, 2, false);
        assertSame(a.shape(), b.shape());
        assertEquals(2, b.get(key));
        assertEquals(IcState.MONOMORPHIC, site.state());
    }

    @Test
    void aPrototypeSymbolLoadStaysRightWhenThePrototypeChanges() {
        JSObject proto = realm.newObject();
        proto.defineOwnProperty(JSSymbol.ITERATOR, "proto-method", PropertyAttributes.DEFAULT);
        JSObject o = realm.newObject(proto);
        PropertyFeedback site = new PropertyFeedback();
        assertEquals("proto-method", ics.keyedLoad.load(site, o, JSSymbol.ITERATOR));
        assertEquals("proto-method", ics.keyedLoad.load(site, o, JSSymbol.ITERATOR));
        proto.defineOwnProperty(JSSymbol.ITERATOR, "replaced", PropertyAttributes.DEFAULT);
        assertEquals("replaced", ics.keyedLoad.load(site, o, JSSymbol.ITERATOR));
        o.defineOwnProperty(JSSymbol.ITERATOR, "own", PropertyAttributes.DEFAULT);
        assertEquals("own", ics.keyedLoad.load(site, o, JSSymbol.ITERATOR));
    }
}
