/*
 * \p{…} and \P{…} with the u flag (ECMA-262 §22.2.2.9 UnicodeMatchProperty and table-binary-
 * unicode-properties), from the JDK's Unicode data: Character.getType for General_Category,
 * Character.UnicodeScript for Script, the Character predicates for the binary properties.
 * Names are exact, as the spec requires (long or short alias: `Lu`, `Uppercase_Letter`,
 * `Script=Greek`, `sc=Grek`).
 *
 * Differences from V8 (which uses ICU): Script_Extensions is answered as Script (the JDK has
 * no scx data); the binary properties are the subset below (no emoji properties: the JDK 17
 * this builds on has none). An unknown name is "Invalid property name", as in node.
 * Assumes: the JDK's Unicode version is close to node's ICU.
 * Guarantees: a set is computed once per name (a documented cache) by scanning every code point.
 */
package dev.kindling.regexp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

public final class UnicodeProperties {
    private UnicodeProperties() {
    }

    private static final Map<String, CharSet> CACHE = new ConcurrentHashMap<>();
    /** General_Category values, short and long alias → the JDK's Character.getType codes. */
    private static final Map<String, int[]> CATEGORIES = new HashMap<>();
    private static final Map<String, IntPredicate> BINARY = new HashMap<>();

    private static void category(String shortName, String longName, int... types) {
        CATEGORIES.put(shortName, types);
        CATEGORIES.put(longName, types);
    }

    static {
        category("Lu", "Uppercase_Letter", Character.UPPERCASE_LETTER);
        category("Ll", "Lowercase_Letter", Character.LOWERCASE_LETTER);
        category("Lt", "Titlecase_Letter", Character.TITLECASE_LETTER);
        category("LC", "Cased_Letter", Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER);
        category("Lm", "Modifier_Letter", Character.MODIFIER_LETTER);
        category("Lo", "Other_Letter", Character.OTHER_LETTER);
        category("L", "Letter", Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                Character.MODIFIER_LETTER, Character.OTHER_LETTER);
        category("Mn", "Nonspacing_Mark", Character.NON_SPACING_MARK);
        category("Mc", "Spacing_Mark", Character.COMBINING_SPACING_MARK);
        category("Me", "Enclosing_Mark", Character.ENCLOSING_MARK);
        category("M", "Mark", Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK);
        category("Nd", "Decimal_Number", Character.DECIMAL_DIGIT_NUMBER);
        category("Nl", "Letter_Number", Character.LETTER_NUMBER);
        category("No", "Other_Number", Character.OTHER_NUMBER);
        category("N", "Number", Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER);
        category("Pc", "Connector_Punctuation", Character.CONNECTOR_PUNCTUATION);
        category("Pd", "Dash_Punctuation", Character.DASH_PUNCTUATION);
        category("Ps", "Open_Punctuation", Character.START_PUNCTUATION);
        category("Pe", "Close_Punctuation", Character.END_PUNCTUATION);
        category("Pi", "Initial_Punctuation", Character.INITIAL_QUOTE_PUNCTUATION);
        category("Pf", "Final_Punctuation", Character.FINAL_QUOTE_PUNCTUATION);
        category("Po", "Other_Punctuation", Character.OTHER_PUNCTUATION);
        category("P", "Punctuation", Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION);
        category("Sm", "Math_Symbol", Character.MATH_SYMBOL);
        category("Sc", "Currency_Symbol", Character.CURRENCY_SYMBOL);
        category("Sk", "Modifier_Symbol", Character.MODIFIER_SYMBOL);
        category("So", "Other_Symbol", Character.OTHER_SYMBOL);
        category("S", "Symbol", Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                Character.OTHER_SYMBOL);
        category("Zs", "Space_Separator", Character.SPACE_SEPARATOR);
        category("Zl", "Line_Separator", Character.LINE_SEPARATOR);
        category("Zp", "Paragraph_Separator", Character.PARAGRAPH_SEPARATOR);
        category("Z", "Separator", Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR);
        category("Cc", "Control", Character.CONTROL);
        category("Cf", "Format", Character.FORMAT);
        category("Cs", "Surrogate", Character.SURROGATE);
        category("Co", "Private_Use", Character.PRIVATE_USE);
        category("Cn", "Unassigned", Character.UNASSIGNED);
        category("C", "Other", Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                Character.UNASSIGNED);
        CATEGORIES.put("punct", CATEGORIES.get("P"));
        CATEGORIES.put("digit", CATEGORIES.get("Nd"));
        CATEGORIES.put("Combining_Mark", CATEGORIES.get("M"));

        binary(c -> true, "Any");
        binary(c -> c < 128, "ASCII");
        binary(c -> Character.getType(c) != Character.UNASSIGNED, "Assigned");
        binary(Character::isAlphabetic, "Alphabetic", "Alpha");
        binary(Character::isLowerCase, "Lowercase", "Lower");
        binary(Character::isUpperCase, "Uppercase", "Upper");
        binary(c -> CharClasses.WHITE_SPACE.contains(c) && c != 0xFEFF || c == 0x85, "White_Space", "space");
        binary(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'), "ASCII_Hex_Digit", "AHex");
        binary(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46),
                "Hex_Digit", "Hex");
        binary(Character::isIdeographic, "Ideographic", "Ideo");
        binary(Character::isUnicodeIdentifierStart, "ID_Start", "IDS");
        binary(Character::isUnicodeIdentifierPart, "ID_Continue", "IDC");
        binary(Character::isMirrored, "Bidi_Mirrored", "Bidi_M");
    }

    private static void binary(IntPredicate p, String... names) {
        for (String n : names) {
            BINARY.put(n, p);
        }
    }

    /** The set \p{text} names, or null if the name is not one the spec allows. */
    public static CharSet lookup(String text) {
        CharSet cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        IntPredicate p = predicate(text);
        if (p == null) {
            return null;
        }
        CharSet.Builder b = new CharSet.Builder();
        int start = -1;
        for (int c = 0; c <= CharSet.MAX_CODE_POINT + 1; c++) {
            boolean in = c <= CharSet.MAX_CODE_POINT && p.test(c);
            if (in && start < 0) {
                start = c;
            } else if (!in && start >= 0) {
                b.add(start, c - 1);
                start = -1;
            }
        }
        CharSet set = b.build();
        CACHE.put(text, set);
        return set;
    }

    private static IntPredicate predicate(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            int[] types = CATEGORIES.get(text);
            return types != null ? categoryPredicate(types) : BINARY.get(text);
        }
        String name = text.substring(0, eq);
        String value = text.substring(eq + 1);
        switch (name) {
            case "General_Category", "gc" -> {
                int[] types = CATEGORIES.get(value);
                return types == null ? null : categoryPredicate(types);
            }
            case "Script", "sc", "Script_Extensions", "scx" -> {
                Character.UnicodeScript script = script(value);
                return script == null ? null : c -> Character.UnicodeScript.of(c) == script;
            }
            default -> {
                return null;
            }
        }
    }

    private static IntPredicate categoryPredicate(int[] types) {
        return c -> {
            int t = Character.getType(c);
            for (int type : types) {
                if (t == type) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A script by its exact PropertyValueAliases spelling: `Greek`, `Old_Italic` or `Grek`. */
    private static Character.UnicodeScript script(String value) {
        if (value.isEmpty() || !Character.isUpperCase(value.charAt(0))) {
            return null;
        }
        try {
            Character.UnicodeScript script = Character.UnicodeScript.forName(value);
            String longName = titleCase(script.name());
            boolean alias = value.length() == 4 && value.substring(1).equals(value.substring(1).toLowerCase());
            return value.equals(longName) || alias ? script : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String titleCase(String enumName) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char ch : enumName.toCharArray()) {
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = ch == '_';
        }
        return sb.toString();
    }
}
