/*
 * An ordinary object with a Symbol.toStringTag of its own: Math and JSON. The tag is an own
 * property (read-only, configurable, as §21.3.1.10 and §25.5.3 give it), and className()
 * reports it too, so util.inspect prints `Object [Math] {...}` as node does.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.PropertyAttributes;

final class TaggedObject extends JSObject {
    private final String tag;

    TaggedObject(JSObject prototype, String tag) {
        super(prototype.childRootShape());
        this.tag = tag;
        defineOwnProperty(JSSymbol.TO_STRING_TAG, tag, PropertyAttributes.CONFIGURABLE);
    }

    @Override
    public String className() {
        return tag;
    }
}
