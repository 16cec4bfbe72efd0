/*
 * The encodings fs and Buffer accept (node's normalizeEncoding): utf8/utf-8, latin1/binary,
 * ascii, hex, base64; any other name is node's ERR_INVALID_ARG_VALUE (as fs words it).
 */
package dev.kindling.host.modules;

import dev.kindling.host.errors.NodeErrors;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.Realm;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

enum Encodings {
    UTF8, LATIN1, ASCII, HEX, BASE64;

    static Encodings of(Realm realm, String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf-8" -> UTF8;
            case "latin1", "binary" -> LATIN1;
            case "ascii" -> ASCII;
            case "hex" -> HEX;
            case "base64" -> BASE64;
            default -> throw new JSException(NodeErrors.withCode(realm, ErrorType.TypeError, "ERR_INVALID_ARG_VALUE",
                    "The argument 'encoding' is invalid encoding. Received '" + name + "'"));
        };
    }

    String decode(byte[] bytes) {
        return switch (this) {
            case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
            case LATIN1 -> new String(bytes, StandardCharsets.ISO_8859_1);
            case ASCII -> {
                char[] chars = new char[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    chars[i] = (char) (bytes[i] & 0x7F);
                }
                yield new String(chars);
            }
            case HEX -> HexFormat.of().formatHex(bytes);
            case BASE64 -> Base64.getEncoder().encodeToString(bytes);
        };
    }

    byte[] encode(String text) {
        return switch (this) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case LATIN1, ASCII -> text.getBytes(StandardCharsets.ISO_8859_1);
            case HEX -> HexFormat.of().parseHex(text.length() % 2 == 0 ? text : text.substring(0, text.length() - 1));
            case BASE64 -> Base64.getMimeDecoder().decode(text);
        };
    }
}
