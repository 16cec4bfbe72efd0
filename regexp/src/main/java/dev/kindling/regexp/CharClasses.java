/*
 * The fixed character sets of the regexp grammar (ECMA-262 §22.2.2.9, CharacterClassEscape, and
 * §12.2/§12.3 for white space and line terminators): \d \w \s, what `.` excludes, and the word
 * characters \b looks at.
 *
 * Guarantees: each set is built once (they are immutable constants).
 */
package dev.kindling.regexp;

public final class CharClasses {
    private CharClasses() {
    }

    public static final CharSet DIGITS = CharSet.range('0', '9');
    public static final CharSet WORD = CharSet.ofRanges('0', '9', 'A', 'Z', '_', '_', 'a', 'z');
    /** With u and i, WordCharacters also holds what canonicalizes into it: U+017F, U+212A. */
    public static final CharSet WORD_UNICODE_IGNORE_CASE = WORD.union(CharSet.ofRanges(0x017F, 0x017F, 0x212A, 0x212A));
    public static final CharSet LINE_TERMINATORS = CharSet.ofRanges('\n', '\n', '\r', '\r', 0x2028, 0x2029);
    /** WhiteSpace and LineTerminator: TAB VT FF SP NBSP ZWNBSP, the Zs category, LF CR LS PS. */
    public static final CharSet WHITE_SPACE = CharSet.ofRanges(
            '\t', '\r', ' ', ' ', 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
            0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF);

    public static CharSet word(RegExpFlags flags) {
        return flags.unicode() && flags.ignoreCase() ? WORD_UNICODE_IGNORE_CASE : WORD;
    }

    public static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }
}
