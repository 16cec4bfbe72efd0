/*
 * Java twin of benchmarks/js/json.js: the same recursive-descent JSON parser, value classes
 * and fixed message, with the same verification (a census of the whole tree and a few
 * decoded values).
 *
 * Differs from the JS program only where Java must: the lookahead `current` is an int,
 * -1 past the end (the JS program uses '' there); JsonValue's kind tests are the same
 * methods.
 * Guarantees: a malformed text throws IllegalArgumentException naming the offset.
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;

public final class Json extends Benchmark {

    /** The fixed input, the JS program's MESSAGE character for character. */
    static final String MESSAGE =
            "{\"head\" : {\"protocol\":\"kindling-ui\",\"version\":3,\"requestCounter\":42,\"sessionId\":\"a9f3-77c1\",\"timestamp\":1764000000123,\"compressed\":false,\"note\":null},\n"
            + " \"operations\": [\n"
            + "  [\"create\",\"w1\",\"kd.Display\",{}],\n"
            + "  [\"create\",\"w2\",\"kd.Canvas\",{\"bounds\":[318,431,330,151],\"enabled\":false,\"parent\":\"w1\"}],\n"
            + "  [\"create\",\"w3\",\"kd.Label\",{\"bounds\":[51,352,399,279],\"foreground\":[34,243,150,255],\"parent\":\"w1\"}],\n"
            + "  [\"create\",\"w4\",\"kd.Composite\",{\"bounds\":[634,44,32,247],\"text\":\"Deopt 20\",\"font\":[[\"Verdana\",\"sans-serif\"],16,true,true],\"foreground\":[124,118,44,255],\"tabIndex\":-2,\"parent\":\"w1\"}],\n"
            + "  [\"create\",\"w5\",\"kd.Canvas\",{\"bounds\":[173,292,236,208],\"style\":[\"WRAP\"],\"font\":[[\"DejaVu Sans\",\"sans-serif\"],13,false,false],\"parent\":\"w3\"}],\n"
            + "  [\"set\",\"w3\",{\"foreground\":[9,94,93,255]}],\n"
            + "  [\"create\",\"w6\",\"kd.List\",{\"bounds\":[263,539,11,295],\"style\":[\"RADIO\",\"V_SCROLL\"],\"opacity\":0.44,\"parent\":\"w5\"}],\n"
            + "  [\"create\",\"w7\",\"kd.Tree\",{\"bounds\":[339,296,83,235],\"text\":\"tab\\there\",\"tabIndex\":-3,\"parent\":\"w6\"}],\n"
            + "  [\"create\",\"w8\",\"kd.Canvas\",{\"bounds\":[616,244,213,98],\"style\":[\"V_SCROLL\",\"V_SCROLL\"],\"enabled\":true,\"font\":[[\"DejaVu Sans\",\"sans-serif\"],15,false,false],\"opacity\":0.66,\"parent\":\"w1\"}],\n"
            + "  [\"create\",\"w9\",\"kd.ScrolledPane\",{\"bounds\":[360,597,216,55],\"text\":\"\u00bfQu\u00e9?\",\"style\":[\"MULTI\",\"H_SCROLL\"],\"opacity\":0.26,\"parent\":\"w6\"}],\n"
            + "  [\"create\",\"w10\",\"kd.Label\",{\"bounds\":[322,53,240,169],\"text\":\"Save 47\",\"style\":[\"H_SCROLL\"],\"opacity\":0.24,\"parent\":\"w4\"}],\n"
            + "  [\"create\",\"w11\",\"kd.Text\",{\"bounds\":[701,112,313,190],\"style\":[\"SINGLE\"],\"font\":[[\"Helvetica\",\"sans-serif\"],14,false,false],\"opacity\":0.9,\"parent\":\"w8\"}],\n"
            + "  [\"destroy\",\"w11\"],\n"
            + "  [\"call\",\"w4\",\"showItem\",{\"x\":9.24,\"y\":6.02E+23,\"smooth\":false}],\n"
            + "  [\"set\",\"w6\",{\"enabled\":true}],\n"
            + "  [\"call\",\"w2\",\"setFocus\",{\"x\":763,\"y\":6.02E+23,\"smooth\":true}],\n"
            + "  [\"set\",\"w9\",{\"text\":\"Heap 62\"}],\n"
            + "  [\"create\",\"w12\",\"kd.Composite\",{\"bounds\":[156,14,264,43],\"foreground\":[133,205,49,255],\"parent\":\"w1\"}],\n"
            + "  [\"set\",\"w1\",{\"text\":\"Caf\\u00e9 \\u2014 menu\"}],\n"
            + "  [\"destroy\",\"w1\"],\n"
            + "  [\"set\",\"w11\",{\"text\":\"C:\\\\kindling\\\\bin\",\"bounds\":[687,268,118,147]}],\n"
            + "  [\"set\",\"w10\",{\"text\":\"say \\\"hello\\\"\",\"bounds\":[592,421,64,162]}],\n"
            + "  [\"create\",\"w13\",\"kd.Slider\",{\"bounds\":[444,478,269,197],\"style\":[\"CHECK\",\"PUSH\"],\"enabled\":true,\"font\":[[\"Helvetica\",\"sans-serif\"],15,false,false],\"parent\":\"w8\"}],\n"
            + "  [\"create\",\"w14\",\"kd.Shell\",{\"bounds\":[518,488,156,104],\"parent\":\"w1\"}],\n"
            + "  [\"create\",\"w15\",\"kd.Composite\",{\"bounds\":[194,525,332,243],\"style\":[\"CHECK\",\"FLAT\"],\"enabled\":true,\"parent\":\"w13\"}],\n"
            + "  [\"create\",\"w16\",\"kd.Shell\",{\"bounds\":[708,525,231,43],\"style\":[\"WRAP\",\"CHECK\"],\"tabIndex\":-3,\"parent\":\"w2\"}],\n"
            + "  [\"listen\",\"w6\",{\"MouseDown\":true}],\n"
            + "  [\"create\",\"w17\",\"kd.Composite\",{\"bounds\":[284,475,169,33],\"font\":[[\"Helvetica\",\"sans-serif\"],16,true,true],\"opacity\":0.72,\"parent\":\"w16\"}],\n"
            + "  [\"create\",\"w18\",\"kd.Canvas\",{\"bounds\":[355,338,42,78],\"text\":\"Step 13\",\"enabled\":false,\"font\":[[\"Verdana\",\"sans-serif\"],10,false,true],\"opacity\":0.85,\"parent\":\"w4\"}],\n"
            + "  [\"create\",\"w19\",\"kd.Button\",{\"bounds\":[252,154,4,35],\"parent\":\"w10\"}],\n"
            + "  [\"destroy\",\"w18\"],\n"
            + "  [\"destroy\",\"w19\"],\n"
            + "  [\"create\",\"w20\",\"kd.Shell\",{\"bounds\":[767,42,391,247],\"style\":[\"SINGLE\",\"V_SCROLL\"],\"enabled\":false,\"parent\":\"w3\"}],\n"
            + "  [\"create\",\"w21\",\"kd.Tree\",{\"bounds\":[418,168,346,171],\"enabled\":false,\"parent\":\"w6\"}],\n"
            + "  [\"call\",\"w16\",\"setFocus\",{\"x\":-379,\"y\":3.5E+2,\"smooth\":false}],\n"
            + "  [\"create\",\"w22\",\"kd.Text\",{\"bounds\":[116,242,283,69],\"text\":\"Accumulator 0\",\"font\":[[\"Helvetica\",\"sans-serif\"],9,true,false],\"parent\":\"w1\"}],\n"
            + "  [\"set\",\"w22\",{\"style\":[\"V_SCROLL\",\"SINGLE\"]}],\n"
            + "  [\"create\",\"w23\",\"kd.Canvas\",{\"bounds\":[293,381,231,48],\"style\":[\"MULTI\"],\"foreground\":[89,92,138,255],\"opacity\":0.5,\"tabIndex\":-2,\"parent\":\"w10\"}],\n"
            + "  [\"set\",\"w17\",{\"opacity\":0.2}],\n"
            + "  [\"listen\",\"w23\",{\"DefaultSelection\":true}],\n"
            + "  [\"set\",\"w8\",{\"bounds\":[696,201,333,215]}],\n"
            + "  [\"create\",\"w24\",\"kd.Slider\",{\"bounds\":[611,95,35,24],\"font\":[[\"DejaVu Sans\",\"sans-serif\"],16,true,true],\"parent\":\"w2\"}],\n"
            + "  [\"set\",\"w12\",{\"style\":[\"PUSH\",\"RADIO\"],\"bounds\":[474,51,262,169]}],\n"
            + "  [\"create\",\"w25\",\"kd.Button\",{\"bounds\":[255,142,203,258],\"text\":\"Run 20\",\"style\":[\"RADIO\"],\"opacity\":0.24,\"parent\":\"w19\"}],\n"
            + "  [\"create\",\"w26\",\"kd.Composite\",{\"bounds\":[430,158,45,244],\"enabled\":false,\"parent\":\"w10\"}],\n"
            + "  [\"create\",\"w27\",\"kd.Canvas\",{\"bounds\":[597,248,74,28],\"enabled\":false,\"foreground\":null,\"opacity\":0.95,\"tabIndex\":-2,\"parent\":\"w4\"}],\n"
            + "  [\"set\",\"w16\",{\"bounds\":[75,547,14,117],\"text\":\"say \\\"hello\\\"\"}],\n"
            + "  [\"destroy\",\"w12\"],\n"
            + "  [\"destroy\",\"w13\"],\n"
            + "  [\"set\",\"w1\",{\"bounds\":[4,585,359,250]}],\n"
            + "  [\"create\",\"w28\",\"kd.List\",{\"bounds\":[518,573,175,187],\"style\":[\"MULTI\"],\"foreground\":[93,95,200,255],\"opacity\":0.41,\"parent\":\"w9\"}],\n"
            + "  [\"call\",\"w20\",\"setFocus\",{\"x\":596,\"y\":6.02E+23,\"smooth\":true}],\n"
            + "  [\"create\",\"w29\",\"kd.Slider\",{\"bounds\":[43,110,205,60],\"text\":\"a/b\\/c\",\"opacity\":0,\"parent\":\"w17\"}],\n"
            + "  [\"create\",\"w30\",\"kd.ScrolledPane\",{\"bounds\":[581,205,45,206],\"parent\":\"w4\"}],\n"
            + "  [\"set\",\"w10\",{\"style\":[\"V_SCROLL\"]}],\n"
            + "  [\"set\",\"w29\",{\"style\":[\"MULTI\"]}],\n"
            + "  [\"set\",\"w25\",{\"text\":\"a/b/c\"}],\n"
            + "  [\"create\",\"w31\",\"kd.Label\",{\"bounds\":[93,512,282,281],\"text\":\"Caf\\u00e9 \\u2014 menu\",\"style\":[\"SINGLE\"],\"foreground\":[111,0,230,255],\"opacity\":0.85,\"tabIndex\":-2,\"parent\":\"w18\"}],\n"
            + "  [\"create\",\"w32\",\"kd.Composite\",{\"bounds\":[100,503,377,140],\"font\":[[\"DejaVu Sans\",\"sans-serif\"],13,true,true],\"parent\":\"w15\"}],\n"
            + "  [\"set\",\"w13\",{\"tabIndex\":-1}],\n"
            + "  [\"set\",\"w4\",{\"text\":\"a/b/c\"}],\n"
            + "  [\"destroy\",\"w3\"],\n"
            + "  [\"call\",\"w10\",\"setFocus\",{\"x\":0,\"y\":0.5,\"smooth\":true}],\n"
            + "  [\"call\",\"w26\",\"scrollTo\",{\"x\":-372,\"y\":-1.25e-3,\"smooth\":true}],\n"
            + "  [\"listen\",\"w28\",{\"KeyDown\":true}],\n"
            + "  [\"create\",\"w33\",\"kd.ScrolledPane\",{\"bounds\":[382,304,26,241],\"text\":\"Tiering 86\",\"font\":[[\"Verdana\",\"sans-serif\"],10,true,false],\"foreground\":null,\"opacity\":0.46,\"parent\":\"w18\"}],\n"
            + "  [\"listen\",\"w28\",{\"KeyDown\":true}],\n"
            + "  [\"create\",\"w34\",\"kd.Shell\",{\"bounds\":[150,444,182,136],\"text\":\"Deopt 28\",\"style\":[\"V_SCROLL\"],\"enabled\":false,\"tabIndex\":-3,\"parent\":\"w9\"}],\n"
            + "  [\"set\",\"w11\",{\"bounds\":[621,185,284,289]}],\n"
            + "  [\"create\",\"w35\",\"kd.ScrolledPane\",{\"bounds\":[668,48,155,123],\"style\":[\"RADIO\",\"V_SCROLL\"],\"opacity\":0.04,\"tabIndex\":-2,\"parent\":\"w2\"}],\n"
            + "  [\"listen\",\"w5\",{\"Selection\":true}],\n"
            + "  [\"set\",\"w5\",{\"bounds\":[409,586,111,142]}],\n"
            + "  [\"create\",\"w36\",\"kd.Shell\",{\"bounds\":[541,357,347,98],\"font\":[[\"Helvetica\",\"sans-serif\"],14,false,true],\"tabIndex\":-2,\"parent\":\"w33\"}],\n"
            + "  [\"set\",\"w21\",{\"bounds\":[154,584,293,155],\"enabled\":false}],\n"
            + "  [\"set\",\"w21\",{\"foreground\":[16,169,113,255]}],\n"
            + "  [\"listen\",\"w24\",{\"KeyDown\":false}],\n"
            + "  [\"create\",\"w37\",\"kd.Canvas\",{\"bounds\":[372,432,156,269],\"style\":[\"CHECK\"],\"font\":[[\"Verdana\",\"sans-serif\"],13,false,true],\"opacity\":0.57,\"parent\":\"w35\"}],\n"
            + "  [\"create\",\"w38\",\"kd.Shell\",{\"bounds\":[619,515,276,265],\"text\":\"C:\\\\kindling\\\\bin\",\"style\":[\"MULTI\",\"V_SCROLL\"],\"font\":[[\"DejaVu Sans\",\"sans-serif\"],15,true,false],\"foreground\":null,\"parent\":\"w5\"}],\n"
            + "  [\"set\",\"w21\",{\"style\":[\"SINGLE\"]}],\n"
            + "  [\"create\",\"w39\",\"kd.Label\",{\"bounds\":[83,196,124,283],\"enabled\":true,\"font\":[[\"DejaVu Sans\",\"sans-serif\"],16,false,true],\"parent\":\"w16\"}],\n"
            + "  [\"call\",\"w14\",\"redraw\",{\"x\":-111.125,\"y\":1.0e-7,\"smooth\":false}],\n"
            + "  [\"set\",\"w16\",{\"opacity\":0.59,\"enabled\":false}],\n"
            + "  [\"set\",\"w6\",{\"text\":\"Open 35\"}],\n"
            + "  [\"set\",\"w21\",{\"font\":[[\"DejaVu Sans\",\"sans-serif\"],14,true,true],\"enabled\":false}],\n"
            + "  [\"set\",\"w23\",{\"enabled\":false}],\n"
            + "  [\"create\",\"w40\",\"kd.Slider\",{\"bounds\":[533,99,174,292],\"foreground\":[181,189,135,255],\"parent\":\"w26\"}],\n"
            + "  [\"set\",\"w8\",{\"enabled\":true,\"style\":[\"RADIO\"]}],\n"
            + "  [\"listen\",\"w9\",{\"MouseDown\":true}],\n"
            + "  [\"set\",\"w15\",{\"style\":[\"V_SCROLL\",\"FLAT\"]}],\n"
            + "  [\"destroy\",\"w11\"],\n"
            + "  [\"create\",\"w41\",\"kd.List\",{\"bounds\":[760,463,369,94],\"text\":\"\u00bfQu\u00e9?\",\"style\":[\"WRAP\"],\"parent\":\"w32\"}],\n"
            + "  [\"set\",\"w39\",{\"enabled\":false}],\n"
            + "  [\"set\",\"w18\",{\"enabled\":true,\"foreground\":[210,72,204,255]}],\n"
            + "  [\"listen\",\"w12\",{\"KeyDown\":true}],\n"
            + "  [\"set\",\"w10\",{\"style\":[\"SINGLE\",\"BORDER\"]}],\n"
            + "  [\"create\",\"w42\",\"kd.Shell\",{\"bounds\":[514,261,337,4],\"font\":[[\"Verdana\",\"sans-serif\"],12,false,true],\"foreground\":[149,117,230,255],\"tabIndex\":-3,\"parent\":\"w30\"}],\n"
            + "  [\"create\",\"w43\",\"kd.Button\",{\"bounds\":[617,55,153,184],\"text\":\"line one\\nline two\",\"font\":[[\"Helvetica\",\"sans-serif\"],13,false,false],\"opacity\":0.7,\"parent\":\"w32\"}],\n"
            + "  [\"create\",\"w44\",\"kd.Text\",{\"bounds\":[369,57,224,172],\"text\":\"Run 45\",\"foreground\":null,\"parent\":\"w24\"}],\n"
            + "  [\"set\",\"w6\",{\"enabled\":false}],\n"
            + "  [\"listen\",\"w18\",{\"DefaultSelection\":false}],\n"
            + "  [\"set\",\"w16\",{\"text\":\"Deopt 26\"}],\n"
            + "  [\"create\",\"w45\",\"kd.ScrolledPane\",{\"bounds\":[507,264,77,265],\"text\":\"Inline cache 4\",\"style\":[\"FLAT\",\"CHECK\"],\"tabIndex\":-2,\"parent\":\"w35\"}],\n"
            + "  [\"set\",\"w18\",{\"style\":[\"PUSH\"]}],\n"
            + "  [\"create\",\"w46\",\"kd.Label\",{\"bounds\":[404,369,310,157],\"tabIndex\":-2,\"parent\":\"w13\"}],\n"
            + "  [\"set\",\"w40\",{\"style\":[\"MULTI\"]}],\n"
            + "  [\"create\",\"w47\",\"kd.Label\",{\"bounds\":[128,451,10,109],\"text\":\"Caf\\u00e9 \\u2014 menu\",\"style\":[\"V_SCROLL\",\"MULTI\"],\"enabled\":false,\"parent\":\"w2\"}],\n"
            + "  [\"create\",\"w48\",\"kd.Button\",{\"bounds\":[215,376,86,206],\"style\":[\"SINGLE\",\"V_SCROLL\"],\"enabled\":false,\"font\":[[\"DejaVu Sans\",\"sans-serif\"],11,false,false],\"tabIndex\":-1,\"parent\":\"w24\"}],\n"
            + "  [\"create\",\"w49\",\"kd.Shell\",{\"bounds\":[163,155,294,174],\"text\":\"\u00bfQu\u00e9?\",\"style\":[\"V_SCROLL\"],\"font\":[[\"Verdana\",\"sans-serif\"],12,true,true],\"tabIndex\":-3,\"parent\":\"w2\"}],\n"
            + "  [\"set\",\"w28\",{\"style\":[\"BORDER\",\"PUSH\"]}],\n"
            + "  [\"create\",\"w50\",\"kd.List\",{\"bounds\":[739,64,366,280],\"parent\":\"w16\"}],\n"
            + "  [\"create\",\"w51\",\"kd.Text\",{\"bounds\":[796,211,332,296],\"style\":[\"CHECK\"],\"enabled\":true,\"opacity\":0.4,\"tabIndex\":-3,\"parent\":\"w32\"}]]}";

    abstract static class JsonValue {
        boolean isObject() {
            return false;
        }

        boolean isArray() {
            return false;
        }

        boolean isString() {
            return false;
        }

        boolean isNumber() {
            return false;
        }

        boolean isTrue() {
            return false;
        }

        boolean isFalse() {
            return false;
        }

        boolean isNull() {
            return false;
        }

        JsonObject asObject() {
            throw new IllegalStateException("not a JSON object: " + this);
        }

        JsonArray asArray() {
            throw new IllegalStateException("not a JSON array: " + this);
        }

        String asString() {
            throw new IllegalStateException("not a JSON string: " + this);
        }
    }

    /** true, false and null: one instance each. */
    static final class JsonLiteral extends JsonValue {
        static final JsonLiteral TRUE = new JsonLiteral("true");
        static final JsonLiteral FALSE = new JsonLiteral("false");
        static final JsonLiteral NULL = new JsonLiteral("null");

        private final String text;

        private JsonLiteral(String text) {
            this.text = text;
        }

        @Override
        boolean isTrue() {
            return this == TRUE;
        }

        @Override
        boolean isFalse() {
            return this == FALSE;
        }

        @Override
        boolean isNull() {
            return this == NULL;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class JsonNumber extends JsonValue {
        private final String text;

        JsonNumber(String text) {
            this.text = text;
        }

        @Override
        boolean isNumber() {
            return true;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class JsonString extends JsonValue {
        private final String value;

        JsonString(String value) {
            this.value = value;
        }

        @Override
        boolean isString() {
            return true;
        }

        @Override
        String asString() {
            return value;
        }

        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }

    static final class JsonArray extends JsonValue {
        final List<JsonValue> values = new ArrayList<>();

        JsonArray add(JsonValue value) {
            values.add(value);
            return this;
        }

        int size() {
            return values.size();
        }

        JsonValue get(int index) {
            return values.get(index);
        }

        @Override
        boolean isArray() {
            return true;
        }

        @Override
        JsonArray asArray() {
            return this;
        }

        @Override
        public String toString() {
            return "[array of " + values.size() + "]";
        }
    }

    private static final int SLOTS = 32;

    /** Java's String.hashCode folded to the index's slots, computed as the JS program does. */
    static int slotOf(String name) {
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            hash = hash * 31 + name.charAt(i);
        }
        return hash & (SLOTS - 1);
    }

    /** Members in insertion order, with the JS program's one-entry-per-slot index. */
    static final class JsonObject extends JsonValue {
        final List<String> names = new ArrayList<>();
        final List<JsonValue> values = new ArrayList<>();
        private final int[] index = new int[SLOTS];

        JsonObject() {
            for (int i = 0; i < SLOTS; i++) {
                index[i] = -1;
            }
        }

        JsonObject add(String name, JsonValue value) {
            index[slotOf(name)] = names.size();
            names.add(name);
            values.add(value);
            return this;
        }

        JsonValue get(String name) {
            int position = indexOf(name);
            return position == -1 ? null : values.get(position);
        }

        int indexOf(String name) {
            int position = index[slotOf(name)];
            if (position != -1 && names.get(position).equals(name)) {
                return position;
            }
            return names.lastIndexOf(name);
        }

        int size() {
            return names.size();
        }

        @Override
        boolean isObject() {
            return true;
        }

        @Override
        JsonObject asObject() {
            return this;
        }

        @Override
        public String toString() {
            return "{object of " + names.size() + "}";
        }
    }

    private static final int END = -1;

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isWhiteSpace(int ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    }

    static int hexValue(int ch) {
        if (isDigit(ch)) {
            return ch - 48;
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 87;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 55;
        }
        return -1;
    }

    /** The JS program's parser: one character of lookahead in `current` (END past the end). */
    static final class JsonParser {
        private final String text;
        private int position = -1;
        private int current = END;

        JsonParser(String text) {
            this.text = text;
        }

        JsonValue parse() {
            read();
            skipWhiteSpace();
            JsonValue result = readValue();
            skipWhiteSpace();
            if (current != END) {
                throw error("unexpected character after the value");
            }
            return result;
        }

        private JsonValue readValue() {
            switch (current) {
                case 'n':
                    return readLiteral("null", JsonLiteral.NULL);
                case 't':
                    return readLiteral("true", JsonLiteral.TRUE);
                case 'f':
                    return readLiteral("false", JsonLiteral.FALSE);
                case '"':
                    return new JsonString(readStringContent());
                case '[':
                    return readArray();
                case '{':
                    return readObject();
                case '-':
                    return readNumber();
                default:
                    if (isDigit(current)) {
                        return readNumber();
                    }
                    throw expected("a value");
            }
        }

        private JsonValue readLiteral(String word, JsonValue value) {
            for (int i = 0; i < word.length(); i++) {
                if (!readChar(word.charAt(i))) {
                    throw expected("'" + word.charAt(i) + "' of " + word);
                }
            }
            return value;
        }

        private JsonArray readArray() {
            read();
            JsonArray array = new JsonArray();
            skipWhiteSpace();
            if (readChar(']')) {
                return array;
            }
            do {
                skipWhiteSpace();
                array.add(readValue());
                skipWhiteSpace();
            } while (readChar(','));
            if (!readChar(']')) {
                throw expected("',' or ']'");
            }
            return array;
        }

        private JsonObject readObject() {
            read();
            JsonObject object = new JsonObject();
            skipWhiteSpace();
            if (readChar('}')) {
                return object;
            }
            do {
                skipWhiteSpace();
                if (current != '"') {
                    throw expected("a name");
                }
                String name = readStringContent();
                skipWhiteSpace();
                if (!readChar(':')) {
                    throw expected("':'");
                }
                skipWhiteSpace();
                object.add(name, readValue());
                skipWhiteSpace();
            } while (readChar(','));
            if (!readChar('}')) {
                throw expected("',' or '}'");
            }
            return object;
        }

        private String readStringContent() {
            read();
            String decoded = ""; // the runs and escapes before runStart; stays "" without escapes
            int runStart = position;
            while (current != '"') {
                if (current == '\\') {
                    decoded += text.substring(runStart, position);
                    decoded += readEscape();
                    runStart = position;
                } else if (current == END) {
                    throw expected("a closing '\"'");
                } else if (current < ' ') {
                    throw error("control character in a string");
                } else {
                    read();
                }
            }
            String lastRun = text.substring(runStart, position);
            read();
            return decoded.isEmpty() ? lastRun : decoded + lastRun;
        }

        private char readEscape() {
            read();
            int ch = current;
            read();
            switch (ch) {
                case '"':
                case '/':
                case '\\':
                    return (char) ch;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u': {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = hexValue(current);
                        if (digit == -1) {
                            throw expected("a hexadecimal digit");
                        }
                        code = code * 16 + digit;
                        read();
                    }
                    return (char) code;
                }
                default:
                    throw error("invalid escape '\\" + (ch == END ? "" : String.valueOf((char) ch)) + "'");
            }
        }

        private JsonNumber readNumber() {
            int start = position;
            readChar('-');
            int first = current;
            if (!readDigit()) {
                throw expected("a digit");
            }
            if (first != '0') {
                readDigits();
            }
            if (readChar('.')) {
                if (!readDigit()) {
                    throw expected("a digit after '.'");
                }
                readDigits();
            }
            if (readChar('e') || readChar('E')) {
                if (!readChar('+')) {
                    readChar('-');
                }
                if (!readDigit()) {
                    throw expected("a digit in the exponent");
                }
                readDigits();
            }
            return new JsonNumber(text.substring(start, position));
        }

        private void readDigits() {
            while (readDigit()) {
                // each call consumes one digit
            }
        }

        private boolean readDigit() {
            if (!isDigit(current)) {
                return false;
            }
            read();
            return true;
        }

        private boolean readChar(int ch) {
            if (current != ch) {
                return false;
            }
            read();
            return true;
        }

        private void skipWhiteSpace() {
            while (isWhiteSpace(current)) {
                read();
            }
        }

        private void read() {
            position++;
            current = position < text.length() ? text.charAt(position) : END;
        }

        private IllegalArgumentException expected(String what) {
            if (current == END) {
                return error("unexpected end of input, expected " + what);
            }
            return error("expected " + what);
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("JSON: " + message + " at offset " + position);
        }
    }

    /** How many values of each kind a tree holds; the JS program's Census. */
    static final class Census {
        int objects;
        int arrays;
        int strings;
        int numbers;
        int trues;
        int falses;
        int nulls;
        int members;
        int elements;
        int chars;

        Census count(JsonValue value) {
            if (value.isObject()) {
                JsonObject object = value.asObject();
                objects++;
                members += object.size();
                for (int i = 0; i < object.size(); i++) {
                    chars += object.names.get(i).length();
                    count(object.values.get(i));
                }
            } else if (value.isArray()) {
                arrays++;
                elements += value.asArray().size();
                value.asArray().values.forEach(this::count);
            } else if (value.isString()) {
                strings++;
                chars += value.asString().length();
            } else if (value.isNumber()) {
                numbers++;
            } else if (value.isTrue()) {
                trues++;
            } else if (value.isFalse()) {
                falses++;
            } else {
                nulls++;
            }
            return this;
        }

        @Override
        public String toString() {
            return "objects=" + objects + " arrays=" + arrays + " strings=" + strings + " numbers=" + numbers
                    + " trues=" + trues + " falses=" + falses + " nulls=" + nulls + " members=" + members
                    + " elements=" + elements + " chars=" + chars;
        }
    }

    private static final String EXPECTED_CENSUS = "objects=105 arrays=257 strings=451 numbers=353 trues=39 falses=41"
            + " nulls=5 members=304 elements=946 chars=4272";
    private static final int OPERATION_COUNT = 111;

    private static JsonObject propertiesOf(JsonArray operations, int index) {
        JsonArray operation = operations.get(index).asArray();
        return operation.get(operation.size() - 1).asObject();
    }

    @Override
    public Object benchmark() {
        return new JsonParser(MESSAGE).parse();
    }

    @Override
    public boolean verifyResult(Object result) {
        JsonValue root = (JsonValue) result;
        if (!root.isObject()) {
            return false;
        }
        JsonValue head = root.asObject().get("head");
        JsonValue operationsValue = root.asObject().get("operations");
        if (head == null || operationsValue == null || !head.isObject() || !operationsValue.isArray()) {
            return false;
        }
        JsonArray operations = operationsValue.asArray();
        return operations.size() == OPERATION_COUNT
                && new Census().count(root).toString().equals(EXPECTED_CENSUS)
                && head.asObject().get("requestCounter").toString().equals("42")
                && propertiesOf(operations, 18).get("text").asString().equals("Caf\u00e9 \u2014 menu")
                && propertiesOf(operations, 20).get("text").asString().equals("C:\\kindling\\bin")
                && propertiesOf(operations, 21).get("text").asString().equals("say \"hello\"")
                && propertiesOf(operations, 80).get("y").toString().equals("1.0e-7");
    }
}
