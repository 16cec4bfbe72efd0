/*
 * The flags map onto the embedding API's Options, one flag to one field, and no flag leaves a
 * field at anything but its default.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.api.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainOptionsTest {
    @Test
    void noFlagsAreTheDefaults() {
        assertEquals(Options.defaults(), Main.parseOptions(List.of()));
    }

    @Test
    void eachFlagSetsItsField() {
        Options o = Main.parseOptions(List.of("--no-opt", "--no-use-ic", "--allow-natives-syntax", "--print-bytecode",
                "--print-bytecode-filter=f", "--trace-ic", "--print-feedback", "--dump-shapes=s.dot", "--stack-size=77"));
        assertEquals(new Options(false, false, true, true, "f", true, true, "s.dot", 77), o);
    }
}
