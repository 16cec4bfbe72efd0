/*
 * Pattern text -> RegExpTree: a recursive-descent parser of ECMA-262 §22.2.1 (Patterns) with
 * the u flag's strict grammar, and without it Annex B.1.2's lenient one (V8: regexp-parser.cc,
 * whose error reasons this uses word for word):
 *  - without u: `]`, `{`, `}` are literal characters where no quantifier is possible; `\8`
 *    and a back reference past the group count are identity / legacy octal escapes; `\c` not
 *    followed by a letter is a backslash; `\x`, `\\u` without hex digits are `x`, `u`; any other
 *    character may be escaped; lookaheads may be quantified; `\k` is `k` if the pattern has no
 *    named group.
 *  - with u: a pattern character is a code point (a surrogate pair is one), `\\u{…}` and
 *    `\\uD83D\\uDE00` spell one, `\p{…}` is a property escape, every other laxity is an error.
 *
 * Assumes: flags are valid (RegExpFlags.parse).
 * Guarantees: parse() returns the tree of the whole pattern or throws RegExpSyntaxError with
 * V8's reason; the tree's capture indexes are 1..captureCount() in order of their '('.
 */
package dev.kindling.regexp;

import dev.kindling.regexp.RegExpTree.AssertionKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class RegExpParser {
    private final String src;
    private final boolean unicode;
    private final boolean dotAll;
    private final boolean multiline;
    private final RegExpFlags flags;
    private int pos;
    private int captureCount;
    /** Capture count and named-group presence from the pre-scan (V8's ScanForCaptures). */
    private final int totalCaptures;
    private final boolean hasNamedGroups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    /** \k<name> seen before or after its group; checked at the end. */
    private final List<String> namedReferences = new ArrayList<>();
    private final List<BackRefFixup> fixups = new ArrayList<>();

    private RegExpParser(String src, RegExpFlags flags) {
        this.src = src;
        this.flags = flags;
        this.unicode = flags.unicode();
        this.dotAll = flags.dotAll();
        this.multiline = flags.multiline();
        int[] scan = scanCaptures(src);
        this.totalCaptures = scan[0];
        this.hasNamedGroups = scan[1] != 0;
    }

    /** The result of parsing: the tree, the number of capture groups, the group names. */
    public record Result(RegExpTree tree, int captureCount, Map<String, Integer> groupNames) {
    }

    public static Result parse(String pattern, RegExpFlags flags) {
        RegExpParser p = new RegExpParser(pattern, flags);
        RegExpTree tree = p.disjunction();
        if (p.pos < p.src.length()) {
            // disjunction() stops only at ')' at top level.
            throw new RegExpSyntaxError("Unmatched ')'");
        }
        for (String name : p.namedReferences) {
            if (!p.names.containsKey(name)) {
                throw new RegExpSyntaxError("Invalid named capture referenced");
            }
        }
        tree = p.resolveNamedReferences(tree);
        return new Result(tree, p.captureCount, Map.copyOf(p.names));
    }

    // ---- the pre-scan ----

    /** [number of capture groups, 1 if any is named]: skips escapes and classes. */
    private static int[] scanCaptures(String s) {
        int count = 0;
        boolean named = false;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '?') {
                    if (i + 2 < s.length() && s.charAt(i + 2) == '<' && i + 3 < s.length()
                            && s.charAt(i + 3) != '=' && s.charAt(i + 3) != '!') {
                        count++;
                        named = true;
                    }
                } else {
                    count++;
                }
            }
        }
        return new int[] {count, named ? 1 : 0};
    }

    // ---- reading the pattern ----

    private boolean atEnd() {
        return pos >= src.length();
    }

    private int peek() {
        return atEnd() ? -1 : src.charAt(pos);
    }

    private int peek(int ahead) {
        return pos + ahead < src.length() ? src.charAt(pos + ahead) : -1;
    }

    private boolean lookingAt(String s) {
        return src.startsWith(s, pos);
    }

    /** The next pattern character: a code point under u, a code unit otherwise. */
    private int nextChar() {
        if (unicode) {
            int cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }
        return src.charAt(pos++);
    }

    // ---- Disjunction, Alternative, Term ----

    private RegExpTree disjunction() {
        List<RegExpTree> alternatives = new ArrayList<>();
        alternatives.add(alternative());
        while (peek() == '|') {
            pos++;
            alternatives.add(alternative());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new RegExpTree.Disjunction(alternatives);
    }

    private RegExpTree alternative() {
        List<RegExpTree> terms = new ArrayList<>();
        while (!atEnd() && peek() != '|' && peek() != ')') {
            terms.add(term());
        }
        if (terms.isEmpty()) {
            return new RegExpTree.Empty();
        }
        return terms.size() == 1 ? terms.get(0) : new RegExpTree.Alternative(terms);
    }

    private RegExpTree term() {
        int c = peek();
        int capturesBefore = captureCount;
        RegExpTree atom;
        boolean quantifiable = true;
        boolean lookbehind = false;
        switch (c) {
            case '^' -> {
                pos++;
                atom = new RegExpTree.Assertion(multiline ? AssertionKind.START_OF_LINE : AssertionKind.START_OF_INPUT);
                quantifiable = false;
            }
            case '$' -> {
                pos++;
                atom = new RegExpTree.Assertion(multiline ? AssertionKind.END_OF_LINE : AssertionKind.END_OF_INPUT);
                quantifiable = false;
            }
            case '\\' -> {
                if (peek(1) == 'b' || peek(1) == 'B') {
                    atom = new RegExpTree.Assertion(peek(1) == 'b' ? AssertionKind.BOUNDARY : AssertionKind.NON_BOUNDARY);
                    pos += 2;
                    quantifiable = false;
                } else {
                    atom = atomEscape();
                }
            }
            case '(' -> {
                lookbehind = lookingAt("(?<=") || lookingAt("(?<!");
                boolean lookahead = lookingAt("(?=") || lookingAt("(?!");
                atom = group();
                // Annex B: a lookahead is a QuantifiableAssertion without u; a lookbehind never is.
                quantifiable = !lookbehind && !(lookahead && unicode);
            }
            case '.' -> {
                pos++;
                atom = new RegExpTree.ClassRanges(dotAll ? CharSet.EMPTY : CharClasses.LINE_TERMINATORS, true);
            }
            case '[' -> atom = characterClass();
            case '*', '+', '?' -> throw new RegExpSyntaxError("Nothing to repeat");
            case '{' -> {
                if (unicode) {
                    throw new RegExpSyntaxError("Lone quantifier brackets");
                }
                int save = pos;
                if (quantifierBraces() != null) {
                    throw new RegExpSyntaxError("Nothing to repeat");
                }
                pos = save + 1;
                atom = new RegExpTree.Char('{');
            }
            case '}', ']' -> {
                if (unicode) {
                    throw new RegExpSyntaxError("Lone quantifier brackets");
                }
                pos++;
                atom = new RegExpTree.Char(c);
            }
            default -> atom = new RegExpTree.Char(nextChar());
        }
        return quantifier(atom, quantifiable, lookbehind, capturesBefore);
    }

    private RegExpTree quantifier(RegExpTree atom, boolean quantifiable, boolean lookbehind, int capturesBefore) {
        int min;
        int max;
        int c = peek();
        if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            int save = pos;
            int[] braces = quantifierBraces();
            if (braces == null) {
                if (unicode) {
                    throw new RegExpSyntaxError("Incomplete quantifier");
                }
                pos = save;
                return atom;
            }
            min = braces[0];
            max = braces[1];
        } else {
            return atom;
        }
        if (!quantifiable) {
            throw new RegExpSyntaxError(lookbehind || atom instanceof RegExpTree.Lookaround
                    ? "Invalid quantifier" : "Nothing to repeat");
        }
        boolean greedy = true;
        if (peek() == '?') {
            pos++;
            greedy = false;
        }
        return new RegExpTree.Quantifier(atom, min, max, greedy, capturesBefore + 1, captureCount);
    }

    /** {n}, {n,}, {n,m} at pos: [min, max] (pos moved past it), or null (pos unspecified). */
    private int[] quantifierBraces() {
        pos++;
        if (!isDigit(peek())) {
            return null;
        }
        int min = decimal();
        int max = min;
        if (peek() == ',') {
            pos++;
            max = isDigit(peek()) ? decimal() : Integer.MAX_VALUE;
        }
        if (peek() != '}') {
            return null;
        }
        pos++;
        if (max < min) {
            throw new RegExpSyntaxError("numbers out of order in {} quantifier");
        }
        return new int[] {min, max};
    }

    private int decimal() {
        long value = 0;
        while (isDigit(peek())) {
            value = Math.min(Integer.MAX_VALUE, value * 10 + (src.charAt(pos++) - '0'));
        }
        return (int) value;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // ---- groups ----

    private RegExpTree group() {
        pos++;
        RegExpTree result;
        if (peek() != '?') {
            int index = ++captureCount;
            RegExpTree body = disjunction();
            expectCloseParen();
            return new RegExpTree.Capture(body, index, null);
        }
        pos++;
        int c = peek();
        if (c == ':') {
            pos++;
            result = new RegExpTree.Group(disjunction());
        } else if (c == '=' || c == '!') {
            pos++;
            int first = captureCount + 1;
            RegExpTree body = disjunction();
            result = new RegExpTree.Lookaround(body, true, c == '=', first, captureCount);
        } else if (c == '<' && (peek(1) == '=' || peek(1) == '!')) {
            boolean positive = peek(1) == '=';
            pos += 2;
            int first = captureCount + 1;
            RegExpTree body = disjunction();
            result = new RegExpTree.Lookaround(body, false, positive, first, captureCount);
        } else if (c == '<') {
            pos++;
            String name = groupName();
            if (names.containsKey(name)) {
                throw new RegExpSyntaxError("Duplicate capture group name");
            }
            int index = ++captureCount;
            names.put(name, index);
            RegExpTree body = disjunction();
            expectCloseParen();
            return new RegExpTree.Capture(body, index, name);
        } else {
            throw new RegExpSyntaxError("Invalid group");
        }
        expectCloseParen();
        return result;
    }

    private void expectCloseParen() {
        if (peek() != ')') {
            throw new RegExpSyntaxError("Unterminated group");
        }
        pos++;
    }

    /** GroupName after '<': RegExpIdentifierName '>' (§22.2.1), escapes \\uXXXX and \\u{…} allowed. */
    private String groupName() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new RegExpSyntaxError("Invalid capture group name");
            }
            int c;
            if (peek() == '>') {
                pos++;
                break;
            }
            if (peek() == '\\') {
                pos++;
                if (peek() != 'u') {
                    throw new RegExpSyntaxError("Invalid capture group name");
                }
                pos++;
                c = unicodeEscapeBody(true);
                if (c < 0) {
                    throw new RegExpSyntaxError("Invalid Unicode escape sequence");
                }
            } else {
                c = src.codePointAt(pos);
                pos += Character.charCount(c);
            }
            boolean ok = sb.isEmpty()
                    ? c == '$' || c == '_' || Character.isUnicodeIdentifierStart(c)
                    : c == '$' || c == '_' || c == 0x200C || c == 0x200D || Character.isUnicodeIdentifierPart(c);
            if (!ok || Character.isIdentifierIgnorable(c) && c != 0x200C && c != 0x200D) {
                throw new RegExpSyntaxError("Invalid capture group name");
            }
            sb.appendCodePoint(c);
        }
        if (sb.isEmpty()) {
            throw new RegExpSyntaxError("Invalid capture group name");
        }
        return sb.toString();
    }

    // ---- escapes outside classes ----

    private RegExpTree atomEscape() {
        pos++;
        if (atEnd()) {
            throw new RegExpSyntaxError("\\ at end of pattern");
        }
        int c = peek();
        if (c >= '1' && c <= '9') {
            int save = pos;
            int n = decimal();
            if (n <= totalCaptures) {
                RegExpTree.BackReference ref = new RegExpTree.BackReference(n);
                return ref;
            }
            if (unicode) {
                throw new RegExpSyntaxError("Invalid escape");
            }
            pos = save;
            if (c >= '8') {
                pos++;
                return new RegExpTree.Char(c);
            }
            return new RegExpTree.Char(legacyOctal());
        }
        if (c == 'k' && (unicode || hasNamedGroups)) {
            pos++;
            if (peek() != '<') {
                throw new RegExpSyntaxError("Invalid named reference");
            }
            pos++;
            String name = groupName();
            namedReferences.add(name);
            BackRefFixup fixup = new BackRefFixup(name);
            fixups.add(fixup);
            return fixup.placeholder;
        }
        CharSet classEscape = characterClassEscape();
        if (classEscape != null) {
            return new RegExpTree.ClassRanges(classEscape, false);
        }
        return new RegExpTree.Char(characterEscape(false));
    }

    /** \d \D \s \S \w \W \p{…} \P{…} at pos (after the backslash): the set, or null. */
    private CharSet characterClassEscape() {
        int c = peek();
        int max = unicode ? CharSet.MAX_CODE_POINT : CharSet.MAX_CODE_UNIT;
        CharSet set;
        switch (c) {
            case 'd' -> set = CharClasses.DIGITS;
            case 'D' -> set = CharClasses.DIGITS.complement(max);
            case 's' -> set = CharClasses.WHITE_SPACE;
            case 'S' -> set = CharClasses.WHITE_SPACE.complement(max);
            case 'w' -> set = CharClasses.word(flags);
            case 'W' -> set = CharClasses.word(flags).complement(max);
            case 'p', 'P' -> {
                if (!unicode) {
                    return null;
                }
                pos++;
                if (peek() != '{') {
                    throw new RegExpSyntaxError("Invalid property name");
                }
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new RegExpSyntaxError("Invalid property name");
                }
                CharSet property = UnicodeProperties.lookup(src.substring(pos + 1, close));
                if (property == null) {
                    throw new RegExpSyntaxError("Invalid property name");
                }
                pos = close + 1;
                return c == 'p' ? property : property.complement(max);
            }
            default -> {
                return null;
            }
        }
        pos++;
        return set;
    }

    /**
     * CharacterEscape at pos (after the backslash): the character it stands for. In a class,
     * `\b` is backspace and (with u) `\-` is '-'; Annex B adds `\c` + digit or `_` in a class.
     */
    private int characterEscape(boolean inClass) {
        int c = nextChar();
        switch (c) {
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0B;
            case 'c': {
                int letter = peek();
                if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')
                        || (inClass && !unicode && (isDigit(letter) || letter == '_'))) {
                    pos++;
                    return letter % 32;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid Unicode escape");
                }
                pos--; // Annex B: "\c" is a backslash; the 'c' is read again as itself.
                return '\\';
            }
            case '0': {
                if (!isDigit(peek())) {
                    return 0;
                }
                if (unicode) {
                    throw new RegExpSyntaxError(inClass ? "Invalid class escape" : "Invalid decimal escape");
                }
                pos--;
                return legacyOctal();
            }
            case 'x': {
                int h1 = hexValue(peek());
                int h2 = hexValue(peek(1));
                if (h1 >= 0 && h2 >= 0) {
                    pos += 2;
                    return h1 * 16 + h2;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid escape");
                }
                return 'x';
            }
            case 'u': {
                int save = pos;
                int value = unicodeEscapeBody(unicode);
                if (value >= 0) {
                    return value;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid Unicode escape");
                }
                pos = save;
                return 'u';
            }
            default:
                break;
        }
        if (unicode) {
            if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-')) {
                return c;
            }
            throw new RegExpSyntaxError("Invalid escape");
        }
        if (inClass && isDigit(c)) {
            pos--;
            if (c >= '8') {
                pos++;
                return c;
            }
            return legacyOctal();
        }
        return c;
    }

    /** Annex B LegacyOctalEscapeSequence: up to three octal digits, value at most 0377. */
    private int legacyOctal() {
        int value = src.charAt(pos++) - '0';
        if (peek() >= '0' && peek() <= '7') {
            value = value * 8 + (src.charAt(pos++) - '0');
            if (value < 32 && peek() >= '0' && peek() <= '7') {
                value = value * 8 + (src.charAt(pos++) - '0');
            }
        }
        return value;
    }

    /**
     * After "\\u": XXXX, or with u {X…} and a trailing \\uXXXX low surrogate joined to a lead;
     * the code point, or -1 (pos unspecified) if malformed.
     */
    private int unicodeEscapeBody(boolean unicodeMode) {
        if (unicodeMode && peek() == '{') {
            pos++;
            long value = 0;
            int digits = 0;
            while (hexValue(peek()) >= 0) {
                value = Math.min(value * 16 + hexValue(src.charAt(pos++)), 0x110000);
                digits++;
            }
            if (digits == 0 || peek() != '}' || value > CharSet.MAX_CODE_POINT) {
                return -1;
            }
            pos++;
            return (int) value;
        }
        int value = hex4(pos);
        if (value < 0) {
            return -1;
        }
        pos += 4;
        if (unicodeMode && Character.isHighSurrogate((char) value) && lookingAt("\\u")) {
            int low = hex4(pos + 2);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                pos += 6;
                return Character.toCodePoint((char) value, (char) low);
            }
        }
        return value;
    }

    private int hex4(int at) {
        if (at + 4 > src.length()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int h = hexValue(src.charAt(at + i));
            if (h < 0) {
                return -1;
            }
            value = value * 16 + h;
        }
        return value;
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // ---- character classes ----

    private RegExpTree characterClass() {
        pos++;
        boolean negated = false;
        if (peek() == '^') {
            pos++;
            negated = true;
        }
        CharSet.Builder set = new CharSet.Builder();
        while (true) {
            if (atEnd()) {
                throw new RegExpSyntaxError("Unterminated character class");
            }
            if (peek() == ']') {
                pos++;
                break;
            }
            ClassAtom from = classAtom();
            if (peek() == '-' && peek(1) != ']' && peek(1) != -1) {
                pos++;
                ClassAtom to = classAtom();
                if (from.set != null || to.set != null) {
                    if (unicode) {
                        throw new RegExpSyntaxError("Invalid character class");
                    }
                    // Annex B: [\d-z] is \d, '-' and 'z'.
                    from.addTo(set);
                    set.add('-');
                    to.addTo(set);
                    continue;
                }
                if (from.c > to.c) {
                    throw new RegExpSyntaxError("Range out of order in character class");
                }
                set.add(from.c, to.c);
            } else {
                from.addTo(set);
            }
        }
        return new RegExpTree.ClassRanges(set.build(), negated);
    }

    /** One character, or a class escape's set. */
    private record ClassAtom(int c, CharSet set) {
        void addTo(CharSet.Builder b) {
            if (set != null) {
                b.addAll(set);
            } else {
                b.add(c);
            }
        }
    }

    private ClassAtom classAtom() {
        if (peek() != '\\') {
            return new ClassAtom(nextChar(), null);
        }
        pos++;
        if (atEnd()) {
            throw new RegExpSyntaxError("\\ at end of pattern");
        }
        if (peek() == 'b') {
            pos++;
            return new ClassAtom('\b', null);
        }
        if (unicode && peek() == '-') {
            pos++;
            return new ClassAtom('-', null);
        }
        CharSet set = characterClassEscape();
        if (set != null) {
            return new ClassAtom(-1, set);
        }
        if (unicode && isDigit(peek())) {
            if (peek() == '0' && !isDigit(peek(1))) {
                pos++;
                return new ClassAtom(0, null);
            }
            throw new RegExpSyntaxError("Invalid class escape");
        }
        if (peek() == 'k' && !unicode) {
            pos++;
            return new ClassAtom('k', null);
        }
        return new ClassAtom(characterEscape(true), null);
    }

    // ---- named back references ----

    /** A \k<name> waiting for its group's index (the group may come later in the pattern). */
    private static final class BackRefFixup {
        final String name;
        final RegExpTree.BackReference placeholder = new RegExpTree.BackReference(-1);

        BackRefFixup(String name) {
            this.name = name;
        }
    }

    private RegExpTree resolveNamedReferences(RegExpTree tree) {
        if (fixups.isEmpty()) {
            return tree;
        }
        return rewrite(tree);
    }

    private RegExpTree rewrite(RegExpTree t) {
        if (t instanceof RegExpTree.BackReference ref && ref.index() == -1) {
            for (BackRefFixup f : fixups) {
                if (f.placeholder == ref) {
                    return new RegExpTree.BackReference(names.get(f.name));
                }
            }
            throw new IllegalStateException("unresolved named reference");
        } else if (t instanceof RegExpTree.Disjunction d) {
            return new RegExpTree.Disjunction(d.alternatives().stream().map(this::rewrite).toList());
        } else if (t instanceof RegExpTree.Alternative a) {
            return new RegExpTree.Alternative(a.terms().stream().map(this::rewrite).toList());
        } else if (t instanceof RegExpTree.Quantifier q) {
            return new RegExpTree.Quantifier(rewrite(q.body()), q.min(), q.max(), q.greedy(), q.firstCapture(), q.lastCapture());
        } else if (t instanceof RegExpTree.Capture c) {
            return new RegExpTree.Capture(rewrite(c.body()), c.index(), c.name());
        } else if (t instanceof RegExpTree.Group g) {
            return new RegExpTree.Group(rewrite(g.body()));
        } else if (t instanceof RegExpTree.Lookaround l) {
            return new RegExpTree.Lookaround(rewrite(l.body()), l.ahead(), l.positive(), l.firstCapture(), l.lastCapture());
        }
        return t;
    }
}
