/*
 * The inline caches of one engine: the shared StubCache, the tracer (for --trace-ic, null
 * when off) and whether ICs are on at all (--no-use-ic turns every access into the generic
 * lookup, for comparison). Each IC kind is its own class (LoadIC, StoreIC, KeyedLoadIC,
 * KeyedStoreIC, GlobalIC); the interpreter holds one of each.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;

public final class InlineCaches {
    final Realm realm;
    final boolean enabled;
    final StubCache stubCache = new StubCache();
    final IcTracer tracer;
    public final LoadIC load;
    public final StoreIC store;
    public final KeyedLoadIC keyedLoad;
    public final KeyedStoreIC keyedStore;
    public final GlobalIC global;

    public InlineCaches(Realm realm, boolean enabled, IcTracer tracer) {
        this.realm = realm;
        this.enabled = enabled;
        this.tracer = tracer;
        this.load = new LoadIC(this);
        this.store = new StoreIC(this);
        this.keyedLoad = new KeyedLoadIC(this);
        this.keyedStore = new KeyedStoreIC(this);
        this.global = new GlobalIC(this);
    }

    /** The shape load ICs key primitive strings on (no object has it); made on first use. */
    private Shape stringMap;

    Shape stringMap() {
        Shape m = stringMap;
        if (m == null) {
            m = Shape.primitiveStringMap(realm.stringPrototype());
            stringMap = m;
        }
        return m;
    }

    /** The --trace-ic receiver, or null. */
    public IcTracer tracer() {
        return tracer;
    }

    public StubCache stubCache() {
        return stubCache;
    }

    /**
     * Objects whose named properties are all ordinary (located by their shape alone), so
     * handlers may be cached for them; exotic wrappers and dictionary-mode objects are not.
     */
    static boolean isCacheable(JSObject o) {
        Class<?> c = o.getClass();
        return (c == JSObject.class || o instanceof JSArray || o instanceof JSFunction || o instanceof JSError)
                && !o.isDictionaryMode();
    }

    /** Records a handler for `shape` at `site`, tracing the state change if any. */
    void update(String kind, PropertyFeedback site, Shape shape, Object name, Handler handler) {
        IcState old = site.state;
        if (site.state == IcState.MEGAMORPHIC) {
            stubCache.put(shape, name, handler);
        } else {
            site.update(shape, handler);
            if (site.state == IcState.MEGAMORPHIC) {
                stubCache.put(shape, name, handler);
            }
        }
        if (tracer != null && old != site.state) {
            tracer.stateChanged(kind, old, site.state, shape, name);
        }
    }

    /** The handler for `shape` at `site`: from its own list, or the stub cache once megamorphic. */
    Handler lookup(PropertyFeedback site, Shape shape, Object name) {
        return site.state == IcState.MEGAMORPHIC ? stubCache.get(shape, name) : site.lookup(shape);
    }
}
