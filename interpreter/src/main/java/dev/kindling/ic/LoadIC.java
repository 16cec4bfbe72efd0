/*
 * The named load IC: GetNamedProperty `o.name`. A hit on the receiver's shape runs the cached
 * handler (a slot read, on the receiver or a prototype); a miss does the full lookup, decides
 * a handler for this shape (V8's LoadIC::ComputeHandler) and records it. An accessor's
 * handler remembers where the AccessorPair lives and calls its getter on a hit.
 *
 * Guarantees: the value returned is always what the generic [[Get]] returns — a prototype
 * handler is used only while the chain's validity cell holds, anything unusual takes the
 * generic path.
 */
package dev.kindling.ic;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Shape;

public final class LoadIC {
    private final InlineCaches ics;

    LoadIC(InlineCaches ics) {
        this.ics = ics;
    }

    /**
     * Small enough for the JVM to inline into the interpreter: the monomorphic prototype hit
     * (a method on the prototype) costs what the inline own-field hit does plus a cell test;
     * anything else goes to loadMiss.
     */
    public Object load(PropertyFeedback site, Object receiver, Object name) {
        if (receiver instanceof JSObject o && o.shape() == site.protoShape && site.protoCell.isValid()) {
            return site.protoHolder.slotValue(site.protoSlot);
        }
        return loadMiss(site, receiver, name);
    }

    private Object loadMiss(PropertyFeedback site, Object receiver, Object name) {
        if (ics.enabled && receiver instanceof JSObject o) {
            return loadFromObject(site, o, name);
        }
        if (ics.enabled && receiver instanceof String s && ArrayIndex.parse(name) < 0) {
            if (name.equals("length")) {
                if (!(ics.lookup(site, ics.stringMap(), name) instanceof Handler.LoadStringLength)) {
                    ics.update("LoadIC", site, ics.stringMap(), name, Handler.STRING_LENGTH);
                }
                return s.length();
            }
            return loadFromString(site, s, name);
        }
        return PropertyAccess.getNamed(ics.realm, receiver, name);
    }

    /**
     * A method (or other property) of String.prototype on a primitive string: V8 keys the IC
     * on the string's map; we key it on a shape of our own standing for all primitive strings
     * (InlineCaches.stringMap), and cache where the chain from String.prototype has the name.
     */
    private Object loadFromString(PropertyFeedback site, String s, Object name) {
        Shape map = ics.stringMap();
        Handler h = ics.lookup(site, map, name);
        if (h instanceof Handler.LoadPrototypeField p && p.cell().isValid()) {
            return p.holder().slotValue(p.slot());
        }
        if (h instanceof Handler.LoadMissing m && m.cell().isValid()) {
            return Oddball.UNDEFINED;
        }
        if (h == null || h instanceof Handler.LoadPrototypeField || h instanceof Handler.LoadMissing) {
            ics.update("LoadIC", site, map, name, chainHandler(ics.realm.stringPrototype(), name));
        }
        return PropertyAccess.getNamed(ics.realm, s, name);
    }

    private Object loadFromObject(PropertyFeedback site, JSObject o, Object name) {
        Handler h = ics.lookup(site, o.shape(), name);
        if (h != null) {
            if (h instanceof Handler.LoadField f) {
                return o.slotValue(f.slot());
            }
            if (h instanceof Handler.LoadPrototypeField p && p.cell().isValid()) {
                return p.holder().slotValue(p.slot());
            }
            if (h instanceof Handler.LoadMissing m && (m.cell() == null || m.cell().isValid())) {
                return Oddball.UNDEFINED;
            }
            if (h instanceof Handler.LoadAccessor a && (a.holder() == null || a.cell().isValid())) {
                AccessorPair pair = (AccessorPair) (a.holder() == null ? o : a.holder()).slotValue(a.slot());
                return pair.getter == null ? Oddball.UNDEFINED : pair.getter.call(o, JSFunction.NO_ARGS);
            }
            if (h instanceof Handler.LoadArrayLength) {
                return ((JSArray) o).lengthValue();
            }
            if (h instanceof Handler.Slow) {
                return o.get(name);
            }
        }
        Handler handler = computeHandler(o, name); // may settle a lazy property first, so before the shape
        ics.update("LoadIC", site, o.shape(), name, handler);
        return o.get(name);
    }

    /** How to load `name` from objects of o's shape (V8's LoadIC::ComputeHandler). */
    static Handler computeHandler(JSObject o, Object name) {
        if (o instanceof JSArray && name.equals("length")) {
            return Handler.ARRAY_LENGTH;
        }
        if (!InlineCaches.isCacheable(o) || !o.isOrdinaryKey(name)) {
            return Handler.SLOW;
        }
        Shape shape = o.shape();
        int slot = shape.lookup(name);
        if (slot >= 0) {
            return PropertyAttributes.isAccessor(shape.attributesAt(slot))
                    ? new Handler.LoadAccessor(null, slot, null) : new Handler.LoadField(slot);
        }
        return chainHandler(o.getPrototype(), name);
    }

    /** How to load `name` found on the chain from `first` up (or missing there). */
    private static Handler chainHandler(JSObject first, Object name) {
        for (JSObject holder = first; holder != null; holder = holder.getPrototype()) {
            if (!InlineCaches.isCacheable(holder) || !holder.isOrdinaryKey(name)) {
                return Handler.SLOW;
            }
            int s = holder.shape().lookup(name);
            if (s >= 0) {
                return PropertyAttributes.isAccessor(holder.shape().attributesAt(s))
                        ? new Handler.LoadAccessor(holder, s, first.prototypeValidityCell())
                        : new Handler.LoadPrototypeField(holder, s, first.prototypeValidityCell());
            }
        }
        return new Handler.LoadMissing(first == null ? null : first.prototypeValidityCell());
    }
}
