/*
 * The keyed store IC: SetKeyedProperty `o[k] = v`. Integer keys on arrays are element stores
 * (handler Element); string and symbol keys behave as named stores on the site's one name; anything else
 * is generic. Same state machine as KeyedLoadIC.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.PrivateNames;
import dev.kindling.runtime.PropertyAccess;

public final class KeyedStoreIC {
    private final InlineCaches ics;

    KeyedStoreIC(InlineCaches ics) {
        this.ics = ics;
    }

    /**
     * The monomorphic element hit, small enough for the interpreter to inline: stores
     * `receiver[key] = value` and returns true when the site has seen only arrays of the
     * receiver's shape and the store is a plain write into the elements; false otherwise (then
     * store() does it, and records what it sees).
     */
    public static boolean fastElement(PropertyFeedback site, Object receiver, Object key, Object value) {
        return receiver instanceof JSArray a && key instanceof Integer i && a.shape() == site.elementShape
                && a.fastSetElement(i, value);
    }

    public void store(PropertyFeedback site, Object receiver, Object key, Object value, boolean strict) {
        // A private name (#x): the generic path, the site megamorphic (see KeyedLoadIC).
        if (PrivateNames.isPrivate(key)) {
            KeyedLoadIC.genericSite(ics, site, receiver, key, "KeyedStoreIC");
            PropertyAccess.setKeyed(receiver, key, value, strict);
            return;
        }
        if (!ics.enabled || !(receiver instanceof JSObject o)) {
            PropertyAccess.setKeyed(receiver, key, value, strict);
            return;
        }
        if (key instanceof Integer) {
            if (!(ics.lookup(site, o.shape(), "") instanceof Handler.Element)) {
                ics.update("KeyedStoreIC", site, o.shape(), "", o instanceof JSArray ? Handler.ELEMENT : Handler.SLOW);
            }
            dev.kindling.runtime.ElementsKind before = o instanceof JSArray a ? a.elementsKind() : null;
            PropertyAccess.setKeyed(o, key, value, strict);
            if (o instanceof JSArray a) {
                site.recordElementsKind(a.elementsKind()); // the kind after the store (it may have transitioned)
                if (a.elementsKind() != before) {
                    site.recordElementsKindTransition(before);
                }
            }
            return;
        }
        if (key instanceof String || key instanceof JSSymbol) {
            Object name = key;
            if (site.name == null && site.state == IcState.UNINITIALIZED) {
                site.name = name;
            }
            if (!name.equals(site.name) && site.state != IcState.MEGAMORPHIC) {
                IcState old = site.state;
                site.goMegamorphic();
                if (ics.tracer != null) {
                    ics.tracer.stateChanged("KeyedStoreIC", old, site.state, o.shape(), name);
                }
            }
            ics.store.store(site, o, name, value, strict);
            return;
        }
        PropertyAccess.setKeyed(receiver, key, value, strict);
    }
}
