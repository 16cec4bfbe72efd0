/*
 * The little of node's Buffer that file programs meet: what fs.readFile gives without an
 * encoding. It holds the bytes, has `length` and toString([encoding]), and util.inspect
 * prints it as node does: `<Buffer 68 69 ...>` (at most 50 bytes, then `... N more bytes`).
 * Not node's Buffer: no indexing, no slice, no global Buffer constructor.
 */
package dev.kindling.host.modules;

import dev.kindling.runtime.CustomInspect;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Shape;

public final class JSBuffer extends JSObject implements CustomInspect {
    /** node's buffer.INSPECT_MAX_BYTES. */
    private static final int INSPECT_MAX_BYTES = 50;
    private final byte[] bytes;

    JSBuffer(Shape shape, byte[] bytes) {
        super(shape);
        this.bytes = bytes;
        defineOwnProperty("length", bytes.length, PropertyAttributes.HIDDEN);
    }

    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String className() {
        return "Buffer";
    }

    /** node's Buffer.prototype[inspect.custom]. */
    @Override
    public String inspect() {
        StringBuilder sb = new StringBuilder("<Buffer");
        int shown = Math.min(bytes.length, INSPECT_MAX_BYTES);
        for (int i = 0; i < shown; i++) {
            sb.append(' ').append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        if (bytes.length > shown) {
            sb.append(" ... ").append(bytes.length - shown).append(" more byte").append(bytes.length - shown > 1 ? "s" : "");
        }
        return sb.append('>').toString();
    }
}
