/*
 * `kindling --help` is a golden file (tests/help/kindling-help.golden), and the README quotes
 * it: the flags' help, grouped as the table groups them, cannot go stale in either place.
 * Regenerate with tests/regen-goldens.sh after an intended change to the table.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.flags.Flag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HelpGoldenTest {
    private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");
    private static final Path GOLDEN = TestPaths.repoRoot().resolve("tests/help/kindling-help.golden");

    private static String help() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpIsTheGolden() throws IOException {
        String help = help();
        if (REGENERATE) {
            Files.writeString(GOLDEN, help, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), help);
    }

    @Test
    void helpListsEveryFlagOfTheTableUnderItsGroupsHeading() {
        String help = help();
        for (Flag flag : Flag.values()) {
            String shown = flag.type() == Flag.Type.BOOL ? "--[no-]" + flag.flagName()
                    : flag.option() + (flag.implicitValue() != null ? "[=" : "="); // --print-ir[=FORMAT]
            int at = help.indexOf(shown);
            assertTrue(at >= 0, flag + " missing from --help");
            int heading = help.lastIndexOf("\n" + flag.group().heading() + ":\n", at);
            for (Flag.Group other : Flag.Group.values()) {
                assertTrue(other == flag.group() || help.lastIndexOf("\n" + other.heading() + ":\n", at) < heading,
                        flag + " is not under " + flag.group().heading());
            }
        }
    }
}
