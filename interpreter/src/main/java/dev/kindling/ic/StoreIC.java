/*
 * The named store IC: SetNamedProperty `o.name = v`, and DefineNamedOwnProperty (object
 * literals, which define without looking at the prototype chain). A hit overwrites a slot or
 * follows a cached shape transition; a miss does the generic [[Set]] and records a handler.
 *
 * A transition is cached only when the chain has no property of that name (so no setter and
 * no read-only property can be in the way), and is used only while the chain's validity cell
 * holds — the conditions of ECMA-262 OrdinarySet for simply adding a property.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Shape;

public final class StoreIC {
    private final InlineCaches ics;

    StoreIC(InlineCaches ics) {
        this.ics = ics;
    }

    public void store(PropertyFeedback site, Object receiver, Object name, Object value, boolean strict) {
        if (!ics.enabled || !(receiver instanceof JSObject o)) {
            PropertyAccess.setNamed(receiver, name, value, strict);
            return;
        }
        if (tryHandler(site, o, name, value)) {
            return;
        }
        Handler h = computeHandler(o, name, false);
        Shape before = o.shape();
        PropertyAccess.setNamed(o, name, value, strict);
        ics.update("StoreIC", site, before, name, h);
    }

    /** `{name: value}` in a literal: defines an own data property, never calling setters. */
    public void defineOwn(PropertyFeedback site, JSObject o, Object name, Object value) {
        if (ics.enabled && tryHandler(site, o, name, value)) {
            return;
        }
        Handler h = ics.enabled ? computeHandler(o, name, true) : null;
        Shape before = o.shape();
        o.defineOwnProperty(name, value, PropertyAttributes.DEFAULT);
        if (h != null) {
            ics.update("DefineNamedOwnIC", site, before, name, h);
        }
    }

    private boolean tryHandler(PropertyFeedback site, JSObject o, Object name, Object value) {
        Handler h = ics.lookup(site, o.shape(), name);
        if (h instanceof Handler.StoreField f) {
            o.setSlotValue(f.slot(), value);
            return true;
        }
        if (h instanceof Handler.StoreTransition t && (t.cell() == null || t.cell().isValid()) && o.isExtensible()) {
            o.applyTransition(t.next(), value);
            return true;
        }
        return false;
    }

    /** How to store `name` into objects of o's shape (V8's StoreIC::ComputeHandler). */
    static Handler computeHandler(JSObject o, Object name, boolean defineOwn) {
        if (!InlineCaches.isCacheable(o) || !o.isOrdinaryKey(name)) {
            return Handler.SLOW;
        }
        Shape shape = o.shape();
        int slot = shape.lookup(name);
        if (slot >= 0) {
            return shape.attributesAt(slot) == PropertyAttributes.DEFAULT ? new Handler.StoreField(slot) : Handler.SLOW;
        }
        if (!o.isExtensible() || shape.propertyCount() >= Shape.MAX_FAST_PROPERTIES) {
            return Handler.SLOW;
        }
        JSObject first = o.getPrototype();
        if (!defineOwn) {
            for (JSObject p = first; p != null; p = p.getPrototype()) {
                if (!InlineCaches.isCacheable(p) || !p.isOrdinaryKey(name) || p.getOwnAttributes(name) >= 0) {
                    return Handler.SLOW;
                }
            }
        }
        return new Handler.StoreTransition(shape.addProperty(name, PropertyAttributes.DEFAULT),
                defineOwn || first == null ? null : first.prototypeValidityCell());
    }
}
