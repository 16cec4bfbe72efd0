/*
 * A RegExp object (V8's JSRegExp): an ordinary object with the compiled pattern in an internal
 * slot ([[RegExpMatcher]], [[OriginalSource]], [[OriginalFlags]] of ECMA-262 §22.2.3.1, all in
 * one RegExpCode) and one own property, `lastIndex` (writable, not enumerable, not
 * configurable, as RegExpAlloc defines it).
 *
 * Guarantees: every JSRegExp has lastIndex as its first own property; the code never changes
 * (RegExp.prototype.compile, Annex B, is not supported).
 */
package dev.kindling.runtime;

import dev.kindling.regexp.RegExpCode;

public final class JSRegExp extends JSObject {
    private final RegExpCode code;

    public JSRegExp(JSObject prototype, RegExpCode code) {
        super(prototype.childRootShape());
        this.code = code;
        defineOwnProperty("lastIndex", 0, PropertyAttributes.WRITABLE);
    }

    public RegExpCode code() {
        return code;
    }

    @Override
    public String className() {
        return "RegExp";
    }
}
