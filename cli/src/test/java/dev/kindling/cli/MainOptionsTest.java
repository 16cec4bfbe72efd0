/*
 * The command line's flags are the table's (dev.kindling.flags.Flag): every flag of the table
 * parses through picocli, in each spelling V8 accepts, into the API's Options with that one
 * value changed; a bad flag is refused with node's words and exit code 9.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.api.Options;
import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainOptionsTest {
    /** A value of `flag` other than its default. */
    private static Object notTheDefault(Flag flag) {
        return switch (flag.type()) {
            case BOOL -> !(Boolean) flag.defaultValue();
            case INT -> (Integer) flag.defaultValue() + 1;
            case STRING -> flag.implicitValue() != null ? flag.implicitValue() : "value-of-" + flag.flagName();
        };
    }

    /** V8's other spelling of a flag argument: "--max_call_depth=5" for "--max-call-depth=5". */
    private static String v8Underscores(String arg) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        return "--" + name.replace('-', '_') + (eq < 0 ? "" : arg.substring(eq));
    }

    private static Options withOnly(Flag flag, Object value) {
        return new Options(Flags.defaults().toBuilder().set(flag, value).build());
    }

    @Test
    void noFlagsAreTheDefaults() {
        assertEquals(Options.defaults(), Main.parseOptions(List.of()));
    }

    @Test
    void everyFlagOfTheTableParsesIntoOptionsInEachV8Spelling() {
        for (Flag flag : Flag.values()) {
            Object value = notTheDefault(flag);
            String arg = flag.spell(value);
            List<List<String>> spellings = new ArrayList<>();
            spellings.add(List.of(arg));
            spellings.add(List.of(v8Underscores(arg)));
            if (flag.type() != Flag.Type.BOOL && flag.implicitValue() == null) {
                spellings.add(List.of(flag.option(), value.toString()));
            }
            for (List<String> args : spellings) {
                assertEquals(withOnly(flag, value), Main.parseOptions(args), args.toString());
                assertEquals(Options.fromArgs(args), Main.parseOptions(args), "picocli and Flags.parse: " + args);
            }
        }
    }

    @Test
    void aFlagOfOptionalValueTakesItsImplicitValueBareAndNeverTheProgramFile() {
        assertEquals(withOnly(Flag.PRINT_IR, "text"), Main.parseOptions(List.of("--print-ir")));
        assertEquals(withOnly(Flag.PRINT_IR, "dot:out/ir"), Main.parseOptions(List.of("--print-ir=dot:out/ir")));
        assertEquals(withOnly(Flag.PRINT_IR, "text"), Options.fromArgs(List.of("--print-ir")));
        assertEquals("9 kindling: bad option: --print-ir=graph\n", refusal("--print-ir=graph", "x.js"));
        assertEquals("9 kindling: bad option: --print-ir=dot:\n", refusal("--print-ir=dot:", "x.js"));
    }

    @Test
    void eachBooleanFlagIsSetByItsNameAndClearedByNo() {
        for (Flag flag : Flag.values()) {
            if (flag.type() == Flag.Type.BOOL) {
                assertEquals(withOnly(flag, true), Main.parseOptions(List.of(flag.option())), flag.option());
                assertEquals(withOnly(flag, false), Main.parseOptions(List.of("--no-" + flag.flagName())), flag.option());
                assertEquals(withOnly(flag, false),
                        Main.parseOptions(List.of(flag.option(), "--no-" + flag.flagName())), "the last one wins");
            }
        }
    }

    @Test
    void allFlagsTogetherSetAllValues() {
        List<String> args = new ArrayList<>();
        Flags.Builder expected = Flags.builder();
        for (Flag flag : Flag.values()) {
            args.add(flag.spell(notTheDefault(flag)));
            expected.set(flag, notTheDefault(flag));
        }
        assertEquals(new Options(expected.build()), Main.parseOptions(args));
        assertEquals(args, expected.build().toArgs());
    }

    private static String refusal(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int exit = Main.run(args, sink, new PrintStream(err, true, StandardCharsets.UTF_8));
        return exit + " " + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadFlagExitsNineInNodesWords() {
        assertEquals("9 kindling: bad option: --foo\n", refusal("--foo", "x.js"));
        assertEquals("9 kindling: bad option: --max-call-depth=abc\n", refusal("--max-call-depth=abc", "x.js"));
        assertEquals("9 kindling: bad option: --max-call-depth=0\n", refusal("--max-call-depth=0", "x.js"));
        assertEquals("9 kindling: bad option: --opt=false\n", refusal("--opt=false", "x.js"));
        assertEquals("9 kindling: bad option: --dump-shapes\n", refusal("--dump-shapes"));
        assertEquals("9 kindling: bad option: --stack-size=984\n", refusal("--stack-size=984", "x.js"));
    }

    @Test
    void theProgramsOwnArgumentsAreNotFlags() {
        assertEquals(Options.defaults(), Main.parseOptions(List.of("x.js", "--no-opt", "--print_bytecode")));
    }
}
