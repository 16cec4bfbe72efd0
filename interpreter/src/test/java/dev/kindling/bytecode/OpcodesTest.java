/*
 * Opcodes.java is generated from the bytecode table: this test writes the text it must have
 * (one int constant per Bytecode, equal to its code()) and fails when the checked-in file
 * differs. After changing the table, run it with -Dkindling.regenerate=true to rewrite the
 * file (tests/regen-goldens.sh does), and review the diff.
 */
package dev.kindling.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class OpcodesTest {
    private static final Path FILE = Path.of("src/main/java/dev/kindling/bytecode/Opcodes.java");

    @Test
    void opcodesMatchTheBytecodeTable() throws IOException {
        String expected = source();
        if (Boolean.getBoolean("kindling.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(FILE, StandardCharsets.UTF_8),
                "Opcodes.java is out of date with Bytecode.java: rerun with -Dkindling.regenerate=true");
    }

    @Test
    void everyConstantIsItsBytecodesCode() throws ReflectiveOperationException {
        for (Bytecode b : Bytecode.values()) {
            assertEquals(b.code(), Opcodes.class.getDeclaredField(b.name()).getInt(null), b.name());
        }
    }

    @Test
    void theBreakMarkerIsNoBytecode() {
        for (Bytecode b : Bytecode.values()) {
            assertNotEquals(BytecodeArray.BREAK, b.code(), b.name());
        }
    }

    static String source() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                /*
                 * GENERATED from the bytecode table (Bytecode.java) by OpcodesTest; do not edit. Run
                 * OpcodesTest with -Dkindling.regenerate=true after changing the table.
                 *
                 * Each bytecode's code() as a compile-time int constant, so the interpreter loop can
                 * switch on the opcode it reads from the code directly: a `switch` over the enum
                 * compiles to a lookup through the enum's ordinal and a synthetic table, two
                 * dependent loads more on every bytecode dispatched. V8 has the same numbers as its
                 * Bytecode enum (interpreter/bytecodes.h), whose values index the dispatch table.
                 */
                package dev.kindling.bytecode;

                @SuppressWarnings("unused")
                public final class Opcodes {
                    private Opcodes() {
                    }

                """);
        for (Bytecode b : Bytecode.values()) {
            sb.append("    public static final int ").append(b.name()).append(" = ").append(b.code()).append(";\n");
        }
        sb.append("}\n");
        return sb.toString();
    }
}
