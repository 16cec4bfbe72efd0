/*
 * JSON.parse (ECMA-262 §25.5.1): a recursive-descent parser of the JSON grammar (RFC 8259)
 * straight into JS values, then the optional reviver walk (InternalizeJSONProperty).
 *
 * Errors are SyntaxErrors with V8's messages and positions: "Unexpected end of JSON input",
 * "Expected ',' or ']' after array element in JSON at position 4", and for a stray character
 * "Unexpected token 'x', "[1,x]" is not valid JSON" — quoting the whole text when it is short
 * and ten characters either side of the error ("..."a,b,x,c"...") when it is not. An uncaught
 * one is reported at its position in the JSON text, as node does.
 *
 * Assumes: the text is already a Java string (ToString applied). Guarantees: object keys are
 * created with CreateDataProperty, so "__proto__" becomes an ordinary own property.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.frontend.ast.Source;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.ThrowSite;

import java.util.ArrayList;
import java.util.List;

final class JsonParser {
    /** V8 quotes at most this many characters either side of an unexpected token. */
    private static final int CONTEXT_CHARACTERS = 10;

    private final Realm realm;
    private final String text;
    private int pos;

    private JsonParser(Realm realm, String text) {
        this.realm = realm;
        this.text = text;
    }

    static Object parse(Realm realm, String text, Object reviver) {
        JsonParser parser = new JsonParser(realm, text);
        Object value;
        try {
            parser.skipWhitespace();
            value = parser.parseValue();
            parser.skipWhitespace();
            if (parser.pos < text.length()) {
                throw JSException.syntaxError("Unexpected non-whitespace character after JSON at position " + parser.pos);
            }
        } catch (JSException e) {
            // V8 reports the error in the JSON text itself, as a script named "<anonymous_script>".
            e.recordThrowSite(new ThrowSite(new Source("<anonymous_script>", text), parser.pos));
            throw e;
        }
        if (reviver instanceof JSFunction fn) {
            JSObject root = realm.newObject();
            root.set("", value);
            return internalize(root, "", fn);
        }
        return value;
    }

    // ---- the grammar ----------------------------------------------------------------------------

    private Object parseValue() {
        if (pos >= text.length()) {
            throw JSException.syntaxError("Unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return parseObject();
            case '[': return parseArray();
            case '"': return parseString();
            case 't': return parseLiteral("true", Boolean.TRUE);
            case 'f': return parseLiteral("false", Boolean.FALSE);
            case 'n': return parseLiteral("null", Oddball.NULL);
            default:
                if (c == '-' || isDigit(c)) {
                    return parseNumber();
                }
                throw unexpectedToken();
        }
    }

    private JSObject parseObject() {
        JSObject object = realm.newObject();
        pos++;
        skipWhitespace();
        if (peek('}')) {
            pos++;
            return object;
        }
        boolean first = true;
        while (true) {
            if (!peek('"')) {
                throw error(first ? "Expected property name or '}'" : "Expected double-quoted property name");
            }
            first = false;
            String key = parseString();
            skipWhitespace();
            if (!peek(':')) {
                throw error("Expected ':' after property name");
            }
            pos++;
            skipWhitespace();
            object.defineOwnProperty(key, parseValue(), PropertyAttributes.DEFAULT);
            skipWhitespace();
            if (peek(',')) {
                pos++;
                skipWhitespace();
            } else if (peek('}')) {
                pos++;
                return object;
            } else {
                throw error("Expected ',' or '}' after property value");
            }
        }
    }

    private JSArray parseArray() {
        List<Object> elements = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek(']')) {
            pos++;
            return realm.newArray(new Object[0]);
        }
        while (true) {
            elements.add(parseValue());
            skipWhitespace();
            if (peek(',')) {
                pos++;
                skipWhitespace();
            } else if (peek(']')) {
                pos++;
                return realm.newArray(elements.toArray());
            } else {
                throw error("Expected ',' or ']' after array element");
            }
        }
    }

    private String parseString() {
        pos++; // the opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("Unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("Bad control character in string literal");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw JSException.syntaxError("Unexpected end of JSON input");
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        pos++;
                        int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
                        if (digit < 0 || text.charAt(pos) > 127) {
                            throw error("Bad Unicode escape");
                        }
                        code = code * 16 + digit;
                    }
                    sb.append((char) code);
                }
                default -> throw error("Bad escaped character");
            }
            pos++;
        }
    }

    private Object parseNumber() {
        int start = pos;
        if (peek('-')) {
            pos++;
            if (!peekDigit()) {
                throw error("No number after minus sign");
            }
        }
        if (peek('0')) {
            pos++;
            if (peekDigit()) {
                throw error("Unexpected number");
            }
        } else {
            skipDigits();
        }
        if (peek('.')) {
            pos++;
            if (!peekDigit()) {
                throw error("Unterminated fractional number");
            }
            skipDigits();
        }
        if (peek('e') || peek('E')) {
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            if (!peekDigit()) {
                throw error("Exponent part is missing a number");
            }
            skipDigits();
        }
        return Numbers.normalize(Double.parseDouble(text.substring(start, pos)));
    }

    private Object parseLiteral(String word, Object value) {
        for (int i = 0; i < word.length(); i++, pos++) {
            if (pos >= text.length()) {
                throw JSException.syntaxError("Unexpected end of JSON input");
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw unexpectedToken();
            }
        }
        return value;
    }

    // ---- scanning helpers -----------------------------------------------------------------------

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean peekDigit() {
        return pos < text.length() && isDigit(text.charAt(pos));
    }

    private void skipDigits() {
        while (peekDigit()) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JSException error(String message) {
        return JSException.syntaxError(message + " in JSON at position " + pos);
    }

    /** "Unexpected token 'x', <the text or ten characters around x> is not valid JSON". */
    private JSException unexpectedToken() {
        switch (text) {
            case "NaN", "Infinity", "undefined", "[object Object]" -> {
                return JSException.syntaxError("\"" + text + "\" is not valid JSON");
            }
            default -> { }
        }
        String token = "Unexpected token '" + text.charAt(pos) + "', ";
        int length = text.length();
        String context;
        if (length < 2 * CONTEXT_CHARACTERS + 1) {
            context = "\"" + text + "\"";
        } else if (pos < CONTEXT_CHARACTERS) {
            context = "\"" + text.substring(0, pos + CONTEXT_CHARACTERS) + "\"...";
        } else if (pos < length - CONTEXT_CHARACTERS) {
            context = "...\"" + text.substring(pos - CONTEXT_CHARACTERS, pos + CONTEXT_CHARACTERS) + "\"...";
        } else {
            context = "...\"" + text.substring(pos - CONTEXT_CHARACTERS) + "\"";
        }
        return JSException.syntaxError(token + context + " is not valid JSON");
    }

    // ---- the reviver ----------------------------------------------------------------------------

    /** InternalizeJSONProperty (§25.5.1.1): children first, then reviver(key, value). */
    private static Object internalize(JSObject holder, String name, JSFunction reviver) {
        Object value = holder.get(name);
        if (value instanceof JSArray array) {
            for (int i = 0; i < array.length(); i++) {
                revive(array, Integer.toString(i), reviver);
            }
        } else if (value instanceof JSObject object) {
            List<String> keys = new ArrayList<>();
            for (String k : object.ownKeys()) {
                int attrs = object.getOwnAttributes(k);
                if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                    keys.add(k);
                }
            }
            for (String k : keys) {
                revive(object, k, reviver);
            }
        }
        return reviver.call(holder, new Object[] {name, value});
    }

    private static void revive(JSObject object, String key, JSFunction reviver) {
        Object element = internalize(object, key, reviver);
        if (element == Oddball.UNDEFINED) {
            object.deleteOwn(key);
        } else {
            object.defineOwnProperty(key, element, PropertyAttributes.DEFAULT);
        }
    }
}
