/*
 * The wrapper objects of primitives (ECMA-262 §20.3 Boolean, §21.1 Number, §22.1 String
 * objects, and §20.4 Symbol objects): what `new Number(5)`, `new String("ab")`, `Object(true)` and ToObject on a
 * primitive make. The wrapped primitive is V8's [[PrimitiveValue]] internal slot.
 *
 * A String wrapper is an exotic object (§10.4.3): its indices and `length` are read-only own
 * properties computed from the string, so it needs no storage for them.
 *
 * The interpreter never makes wrappers to read a property of a primitive ("abc".length):
 * PropertyAccess goes to the prototype directly, as V8 does. Wrappers appear only when a
 * program asks for an object.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.List;

public final class PrimitiveWrapper extends JSObject {
    private static final int STRING_INDEX_ATTRIBUTES = PropertyAttributes.ENUMERABLE;

    private final Object primitive;

    private PrimitiveWrapper(JSObject prototype, Object primitive) {
        super(prototype.childRootShape());
        this.primitive = primitive;
    }

    /** A wrapper of `primitive` (a String, Integer/Double, Boolean or JSSymbol) with the given prototype. */
    public static PrimitiveWrapper wrap(JSObject prototype, Object primitive) {
        return new PrimitiveWrapper(prototype, primitive);
    }

    /** ToObject of a primitive: the wrapper with the realm's intrinsic prototype for its type. */
    public static PrimitiveWrapper wrap(Realm realm, Object primitive) {
        JSObject prototype;
        if (primitive instanceof String) {
            prototype = realm.stringPrototype();
        } else if (primitive instanceof Boolean) {
            prototype = realm.booleanPrototype();
        } else if (primitive instanceof JSSymbol) {
            prototype = realm.symbolPrototype();
        } else {
            prototype = realm.numberPrototype();
        }
        return new PrimitiveWrapper(prototype, primitive);
    }

    /** The [[PrimitiveValue]]: a String, a number (Integer or Double), a Boolean or a JSSymbol. */
    public Object primitive() {
        return primitive;
    }

    /**
     * thisBooleanValue, thisStringValue, thisSymbolValue (§20.3.3, §22.1.3, §20.4.3): `thisArg`
     * if it is a primitive of `type`, or the primitive a wrapper of that type holds; else
     * node's "<method> requires that 'this' be a <typeName>".
     */
    static <T> T thisPrimitiveValue(Object thisArg, Class<T> type, String method, String typeName) {
        if (type.isInstance(thisArg)) {
            return type.cast(thisArg);
        }
        if (thisArg instanceof PrimitiveWrapper w && type.isInstance(w.primitive())) {
            return type.cast(w.primitive());
        }
        throw dev.kindling.runtime.JSException.typeError(method + " requires that 'this' be a " + typeName);
    }

    @Override
    public String className() {
        if (primitive instanceof String) {
            return "String";
        }
        if (primitive instanceof JSSymbol) {
            return "Symbol";
        }
        return primitive instanceof Boolean ? "Boolean" : "Number";
    }

    // ---- String exotic object: indices and length come from the string ----------------------

    private int stringIndex(Object key) {
        if (primitive instanceof String s) {
            long index = ArrayIndex.parse(key);
            return index >= 0 && index < s.length() ? (int) index : -1;
        }
        return -1;
    }

    @Override
    public Object getOwnRaw(Object key) {
        if (primitive instanceof String s) {
            if (key.equals("length")) {
                return s.length();
            }
            int index = stringIndex(key);
            if (index >= 0) {
                return String.valueOf(s.charAt(index));
            }
        }
        return super.getOwnRaw(key);
    }

    @Override
    public int getOwnAttributes(Object key) {
        if (primitive instanceof String) {
            if (key.equals("length")) {
                return 0;
            }
            if (stringIndex(key) >= 0) {
                return STRING_INDEX_ATTRIBUTES;
            }
        }
        return super.getOwnAttributes(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, Object value, int attributes) {
        if (primitive instanceof String && (key.equals("length") || stringIndex(key) >= 0)) {
            return false;
        }
        return super.defineOwnProperty(key, value, attributes);
    }

    @Override
    public boolean deleteOwn(Object key) {
        if (primitive instanceof String && (key.equals("length") || stringIndex(key) >= 0)) {
            return false;
        }
        return super.deleteOwn(key);
    }

    @Override
    public List<String> ownKeys() {
        if (!(primitive instanceof String s)) {
            return super.ownKeys();
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            keys.add(Integer.toString(i));
        }
        List<String> rest = super.ownKeys();
        List<String> named = new ArrayList<>();
        for (String k : rest) {
            if (ArrayIndex.parse(k) >= 0) {
                keys.add(k);
            } else {
                named.add(k);
            }
        }
        keys.add("length");
        keys.addAll(named);
        return keys;
    }
}
