/*
 * Interpreter.run must stay small in JVM bytecode: HotSpot's C2 stops inlining into a method
 * once its own bytecode plus everything inlined reaches DesiredMethodLimit (8000 bytes), and
 * past that the loop's hot helpers (register and operand reads, feedback updates, the Smi
 * fast paths) become real calls on every bytecode — the interpreter then runs several times
 * slower with no test failing. This pins the size with room to grow; a new bytecode case
 * that needs more than a line or two belongs in a handler file, and a bytecode that is rare
 * in hot code belongs in Interpreter.otherBytecode (see Interpreter's header). It also pins
 * CallHandlers.call under C2's FreqInlineSize (325 bytes), the most a method may have to be
 * inlined at a hot call site, so a call from bytecode does not pay a JVM call into it too.
 *
 * Reads the method's Code attribute from Interpreter.class (JVMS §4.7.3), not a timing.
 */
package dev.kindling.interpreter;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpreterLoopSizeTest {
    /** Leaves C2 about 5,000 bytes to inline the loop's hot helpers into (run() is ~2,700). */
    private static final int MAX_RUN_BYTECODE = 3000;
    /** C2's FreqInlineSize. */
    private static final int MAX_HOT_INLINE = 325;

    @Test
    void runLeavesRoomForTheJitToInlineItsHelpers() throws IOException {
        assertAtMost(Interpreter.class, "run", MAX_RUN_BYTECODE,
                "move the new cases' work into a handler or otherBytecode (see Interpreter's header)");
    }

    @Test
    void theCallHandlerCanBeInlinedIntoTheLoop() throws IOException {
        assertAtMost(CallHandlers.class, "call", MAX_HOT_INLINE, "move its rare paths into methods of their own");
    }

    private static void assertAtMost(Class<?> type, String method, int max, String advice) throws IOException {
        int size = codeLength(type, method);
        String name = type.getSimpleName() + "." + method;
        assertTrue(size > 0, name + " not found");
        assertTrue(size <= max, name + " is " + size + " bytes of JVM bytecode, over " + max + ": " + advice);
    }

    /** The code_length of the first method named `name` in the class file of `type`. */
    private static int codeLength(Class<?> type, String name) throws IOException {
        try (InputStream raw = type.getResourceAsStream(type.getSimpleName() + ".class");
             DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            String[] utf8 = readConstantPool(in);
            in.readUnsignedShort(); // access flags
            in.readUnsignedShort(); // this class
            in.readUnsignedShort(); // super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort(); // access flags
                String methodName = utf8[in.readUnsignedShort()];
                in.readUnsignedShort(); // descriptor
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (methodName.equals(name) && attribute.equals("Code")) {
                        in.readUnsignedShort(); // max stack
                        in.readUnsignedShort(); // max locals
                        return in.readInt();
                    }
                    in.skipBytes(length);
                }
            }
            return -1;
        }
    }

    /** The constant pool, keeping only its Utf8 entries (JVMS §4.4), indexed as the class file does. */
    private static String[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // long and double take two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
