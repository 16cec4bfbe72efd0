/*
 * A compiled regular expression: its bytecode (RegExpBytecode, opcodes and operands as ints),
 * the classes the CHECK_*CLASS* instructions index, and what a match reports (the capture
 * count, the group names). The one entry point: RegExpCode.compile(source, flags).
 * print() is --print-regexp-bytecode's listing.
 *
 * Guarantees: immutable and shareable between RegExp objects of the same source and flags.
 */
package dev.kindling.regexp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public record RegExpCode(String source, RegExpFlags flags, int[] code, List<CharSet> classes,
                         int captureCount, int registerCount, Map<String, Integer> groupNames) {

    /** Parses and compiles; throws RegExpSyntaxError with V8's reason. */
    public static RegExpCode compile(String source, RegExpFlags flags) {
        RegExpParser.Result parsed = RegExpParser.parse(source, flags);
        return RegExpCompiler.compile(source, flags, parsed);
    }

    /** Group names in the order of their groups (a match's `groups` object lists them so). */
    public List<String> groupNamesInOrder() {
        Map<Integer, String> byIndex = new TreeMap<>();
        groupNames.forEach((name, index) -> byIndex.put(index, name));
        return List.copyOf(byIndex.values());
    }

    /**
     * The listing: a header, then one instruction a line, its offset first.
     * [generated regexp bytecode for /a|b/ (flags "", 0 captures, 2 registers)]
     */
    public String print() {
        StringBuilder sb = new StringBuilder();
        sb.append("[generated regexp bytecode for /").append(source).append("/")
                .append(" (flags \"").append(flags).append("\", ")
                .append(captureCount).append(captureCount == 1 ? " capture, " : " captures, ")
                .append(registerCount).append(" registers)]\n");
        int pc = 0;
        while (pc < code.length) {
            RegExpBytecode op = RegExpBytecode.at(code, pc);
            sb.append(String.format("%5d  %s", pc, op.name()));
            List<RegExpBytecode.Operand> operands = op.operands();
            for (int i = 0; i < operands.size(); i++) {
                int value = code[pc + 1 + i];
                sb.append(i == 0 ? " " : ", ");
                switch (operands.get(i)) {
                    case CHAR -> sb.append(printChar(value));
                    case CLASS -> sb.append(classes.get(value));
                    case REGISTER -> sb.append('r').append(value);
                    case NUMBER -> sb.append('#').append(value);
                    case LABEL -> sb.append('@').append(value);
                    case CAPTURE -> sb.append('\\').append(value);
                }
            }
            sb.append('\n');
            pc += op.length();
        }
        return sb.toString();
    }

    /** 'a' for printable ASCII, else U+00E9 style. */
    static String printChar(int c) {
        if (c > 0x20 && c < 0x7F && c != '\'') {
            return "'" + (char) c + "'";
        }
        return String.format("U+%04X", c);
    }
}
