/*
 * The keyed load IC: GetKeyedProperty `o[k]`. An integer key on an array is an element access
 * (handler Element); a string or symbol key is a named load on the one name the site has seen (a second
 * name makes the site megamorphic, as V8's keyed ICs do); anything else is generic.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.PrivateNames;
import dev.kindling.runtime.PropertyAccess;

public final class KeyedLoadIC {
    private final InlineCaches ics;

    KeyedLoadIC(InlineCaches ics) {
        this.ics = ics;
    }

    /**
     * The monomorphic element hit, small enough for the interpreter to inline: `receiver[key]`
     * when the site has seen only arrays of the receiver's shape and the element is there;
     * null otherwise (then load() decides, and records what it sees).
     */
    public static Object fastElement(PropertyFeedback site, Object receiver, Object key) {
        return receiver instanceof JSArray a && key instanceof Integer i && a.shape() == site.elementShape
                ? a.fastElement(i) : null;
    }

    public Object load(PropertyFeedback site, Object receiver, Object key) {
        // A private name (#x) takes the generic path: its own-only lookup and its errors are
        // PrivateNames', which no handler of a named load models. The site goes megamorphic,
        // so the optimizing tier emits the same generic access rather than deopting for feedback.
        if (PrivateNames.isPrivate(key)) {
            genericSite(ics, site, receiver, key, "KeyedLoadIC");
            return PropertyAccess.getKeyed(ics.realm, receiver, key);
        }
        if (!ics.enabled || !(receiver instanceof JSObject o)) {
            return PropertyAccess.getKeyed(ics.realm, receiver, key);
        }
        if (key instanceof Integer i) {
            if (o instanceof JSArray a) {
                site.recordElementsKind(a.elementsKind());
            }
            if (ics.lookup(site, o.shape(), "") instanceof Handler.Element) {
                return o.getElement(i);
            }
            ics.update("KeyedLoadIC", site, o.shape(), "", o instanceof JSArray ? Handler.ELEMENT : Handler.SLOW);
            return o.getElement(i);
        }
        if (key instanceof String || key instanceof JSSymbol) {
            Object name = key;
            if (site.name == null && site.state == IcState.UNINITIALIZED) {
                site.name = name;
            }
            if (name.equals(site.name)) {
                return ics.load.load(site, o, name);
            }
            if (site.state != IcState.MEGAMORPHIC) {
                IcState old = site.state;
                site.goMegamorphic();
                if (ics.tracer != null) {
                    ics.tracer.stateChanged("KeyedLoadIC", old, site.state, o.shape(), name);
                }
            }
            return ics.load.load(site, o, name);
        }
        return PropertyAccess.getKeyed(ics.realm, receiver, key);
    }

    /** Makes a keyed site megamorphic (once, traced) for a key no handler models: a private name. */
    static void genericSite(InlineCaches ics, PropertyFeedback site, Object receiver, Object key, String ic) {
        if (ics.enabled && site.state != IcState.MEGAMORPHIC) {
            IcState old = site.state;
            site.goMegamorphic();
            if (ics.tracer != null && receiver instanceof JSObject o) {
                ics.tracer.stateChanged(ic, old, site.state, o.shape(), key);
            }
        }
    }
}
