/*
 * for-in enumeration (ECMA-262 §14.7.5.9 EnumerateObjectProperties, with V8's order): the
 * enumerable string keys of an object and then of each prototype, each key once, in
 * OwnPropertyKeys order (integer keys ascending, then insertion order). A key shadowed by a
 * non-enumerable property lower in the chain is skipped. Keys deleted during the loop are
 * skipped when reached (ForInNext yields undefined for them).
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class ForIn {
    /** The keys to visit: V8's enum cache, here a plain list. */
    record Keys(List<String> keys) {
        int length() {
            return keys.size();
        }
    }

    private ForIn() {
    }

    static Keys enumerate(Object receiver) {
        List<String> result = new ArrayList<>();
        if (receiver instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                result.add(Integer.toString(i));
            }
            return new Keys(result);
        }
        if (!(receiver instanceof JSObject object)) {
            return new Keys(result);
        }
        Set<String> seen = new HashSet<>();
        for (JSObject o = object; o != null; o = o.getPrototype()) {
            for (String key : o.ownKeys()) {
                if (!seen.add(key)) {
                    continue;
                }
                int attrs = o.getOwnAttributes(key);
                if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                    result.add(key);
                }
            }
        }
        return new Keys(result);
    }

    /** The key at `index`, or undefined if it was deleted since enumeration. */
    static Object next(Object receiver, int index, Keys keys) {
        String key = keys.keys().get(index);
        if (receiver instanceof JSObject o && !o.hasProperty(key)) {
            return Oddball.UNDEFINED;
        }
        return key;
    }
}
