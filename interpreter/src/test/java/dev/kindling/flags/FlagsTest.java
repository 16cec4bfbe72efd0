/*
 * The flag table and its values: V8's spellings parse (--x / --no-x, --x=value, --x value,
 * underscores), V8's refusals are refused in node's words, and the table itself keeps its
 * promises (unique names, defaults of the declared type, a help group and text for each).
 */
package dev.kindling.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagsTest {
    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> Flags.parse(List.of(args))).getMessage();
    }

    @Test
    void theTableKeepsItsPromises() {
        Set<String> names = new HashSet<>();
        for (Flag flag : Flag.values()) {
            assertTrue(names.add(flag.flagName()), "two flags named " + flag.flagName());
            assertTrue(flag.flagName().matches("[a-z][a-z0-9-]*"), flag + ": V8 spells a flag with dashes");
            assertFalse(flag.help().isBlank(), flag + " has no help");
            assertNotNull(flag.group(), flag + " has no group");
            Object value = flag.defaultValue();
            switch (flag.type()) {
                case BOOL -> assertTrue(value instanceof Boolean, flag + "'s default");
                case INT -> assertTrue(value instanceof Integer i && i >= flag.minimum(), flag + "'s default");
                case STRING -> assertTrue(value == null || value instanceof String, flag + "'s default");
            }
            assertEquals(flag.type() != Flag.Type.BOOL, flag.valueLabel() != null, flag + "'s value label");
            assertEquals(flag, Flag.named(flag.flagName().replace('-', '_')));
        }
    }

    @Test
    void defaultsHoldEveryFlagsDefault() {
        for (Flag flag : Flag.values()) {
            assertEquals(flag.defaultValue(), Flags.defaults().get(flag), flag.option());
        }
        assertEquals(List.of(), Flags.defaults().toArgs());
        assertEquals(Flags.defaults(), Flags.parse(List.of()));
    }

    @Test
    void booleansAreSetByNameAndClearedByNo() {
        assertFalse(Flags.parse(List.of("--no-use-ic")).bool(Flag.USE_IC));
        assertTrue(Flags.parse(List.of("--no-use-ic", "--use-ic")).bool(Flag.USE_IC), "the last one wins");
        assertTrue(Flags.parse(List.of("--print_bytecode")).bool(Flag.PRINT_BYTECODE));
        assertFalse(Flags.parse(List.of("--no_opt")).bool(Flag.OPT));
    }

    @Test
    void valuesComeAfterAnEqualsSignOrAsTheNextArgument() {
        assertEquals(500, Flags.parse(List.of("--max-call-depth=500")).integer(Flag.MAX_CALL_DEPTH));
        assertEquals(500, Flags.parse(List.of("--max_call_depth", "500")).integer(Flag.MAX_CALL_DEPTH));
        assertEquals("f", Flags.parse(List.of("--print-bytecode-filter=f")).string(Flag.PRINT_BYTECODE_FILTER));
        assertEquals("a=b", Flags.parse(List.of("--dump-shapes=a=b")).string(Flag.DUMP_SHAPES));
    }

    @Test
    void badFlagsAreRefusedInNodesWords() {
        assertEquals("bad option: --foo", refusal("--foo"));
        assertEquals("bad option: --no-max-call-depth", refusal("--no-max-call-depth"));
        assertEquals("bad option: --opt=false", refusal("--opt=false")); // V8: a boolean takes no value
        assertEquals("bad option: --max-call-depth=ten", refusal("--max-call-depth=ten"));
        assertEquals("bad option: --max-call-depth=0", refusal("--max-call-depth=0"));
        assertEquals("bad option: --dump-shapes", refusal("--dump-shapes"));
        assertEquals("bad option: file.js", refusal("file.js"));
    }

    @Test
    void aGetterOfTheWrongTypeIsAnInternalError() {
        assertThrows(IllegalArgumentException.class, () -> Flags.defaults().integer(Flag.OPT));
        assertThrows(IllegalArgumentException.class, () -> Flags.builder().set(Flag.OPT, "yes"));
    }
}
