/*
 * An ordinary object with a Symbol.toStringTag of its own: Math and JSON. Until Kindling has
 * symbols the tag lives here, and className() reports it, so Object.prototype.toString gives
 * "[object Math]" and util.inspect prints `Object [Math] {...}` as node does.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSObject;

final class TaggedObject extends JSObject {
    private final String tag;

    TaggedObject(JSObject prototype, String tag) {
        super(prototype.childRootShape());
        this.tag = tag;
    }

    @Override
    public String className() {
        return tag;
    }
}
