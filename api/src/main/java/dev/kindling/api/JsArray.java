/*
 * A handle on a JS array: its length and its elements by index, besides what every object
 * handle offers. The handle is the array itself, not a copy: writes are seen by JS.
 */
package dev.kindling.api;

import dev.kindling.runtime.JSArray;

import java.util.ArrayList;
import java.util.List;

public final class JsArray extends JsObject {
    private final JSArray array;

    JsArray(Kindling engine, JSArray array) {
        super(engine, array);
        this.array = array;
    }

    /** array.length. */
    public long length() {
        return array.longLength();
    }

    /** array[index]; null for a hole or past the end. */
    public Object get(int index) {
        try {
            return engine.values().toJava(array.getElement(index));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    /** array[index] = value. */
    public void set(int index, Object value) {
        try {
            array.setElement(index, engine.values().toJs(value));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    /** The elements, mapped to Java, in a new list. */
    public List<Object> toList() {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < length(); i++) {
            list.add(get(i));
        }
        return list;
    }
}
