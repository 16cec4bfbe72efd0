/*
 * Each Java twin, run through JavaHarness's registry at a small size, passes its own
 * verification; and the verification is real: a wrong result is refused.
 */
package dev.kindling.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaTwinsTest {

    /** Each twin with a small inner count (a problem size for the size-dependent ones). */
    static Stream<Arguments> smallRuns() {
        return Stream.of(
                Arguments.of("Bounce", 2),
                Arguments.of("CD", 10),
                Arguments.of("DeltaBlue", 20),
                Arguments.of("Havlak", 1),
                Arguments.of("Json", 2),
                Arguments.of("List", 2),
                Arguments.of("Mandelbrot", 10),
                Arguments.of("NBody", 1),
                Arguments.of("Permute", 2),
                Arguments.of("Queens", 2),
                Arguments.of("Richards", 2),
                Arguments.of("Sieve", 2),
                Arguments.of("Storage", 2),
                Arguments.of("Towers", 2));
    }

    @ParameterizedTest(name = "{0} inner={1}")
    @MethodSource("smallRuns")
    void twinPassesItsVerification(String name, int inner) {
        JavaHarness.Program program = JavaHarness.find(name);
        assertNotNull(program, name + " is in JavaHarness.PROGRAMS");
        assertTrue(program.factory().get().innerBenchmarkLoop(inner));
    }

    @Test
    void everyRegisteredTwinHasASmallRun() {
        assertEquals(JavaHarness.PROGRAMS.size(), smallRuns().count());
    }

    @Test
    void namesAreMatchedIgnoringCaseAndUnknownNamesAreNotFound() {
        assertEquals("Sieve", JavaHarness.find("sieve").name());
        assertNull(JavaHarness.find("NoSuchBenchmark"));
    }

    /** The long-known sizes agree with the table the JS program and the twin share. */
    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {1, 500, 750})
    void mandelbrotMatchesTheKnownChecksums(int size) {
        assertTrue(new Mandelbrot().innerBenchmarkLoop(size));
    }

    @Test
    void mandelbrotRefusesAWrongChecksumAndAnUnlistedSize() {
        assertFalse(new Mandelbrot().verifyResult(190, 500));
        assertFalse(new Mandelbrot().innerBenchmarkLoop(7));
    }

    @ParameterizedTest(name = "steps {0}")
    @ValueSource(ints = {10, 1000})
    void nbodyMatchesItsEnergyTable(int steps) {
        assertTrue(new NBody().innerBenchmarkLoop(steps));
    }

    @Test
    void nbodyRefusesAnEnergyOffByOneUlpAndAnUnlistedStepCount() {
        assertFalse(new NBody().verifyResult(Math.nextUp(-0.16907495402506745), 1));
        assertFalse(new NBody().innerBenchmarkLoop(7));
    }

    @Test
    void cdRefusesAWrongCountAndAnUnlistedAircraftCount() {
        assertFalse(new CD().verifyResult(389, 10));
        assertFalse(new CD().innerBenchmarkLoop(3));
    }

    @Test
    void jsonRefusesATreeThatLacksAValue() {
        String withoutOneNull = Json.MESSAGE.replace(",\"note\":null", "");
        assertFalse(new Json().verifyResult(new Json.JsonParser(withoutOneNull).parse()));
    }

    @ParameterizedTest(name = "text [{0}]")
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "01", "-", "1.", "1e", "tru", "\"abc", "\"a\\x\"",
        "\"\\u12g4\"", "[1] x", "\"a\nb\"", "{1:2}"})
    void jsonRejectsMalformedText(String text) {
        assertThrows(IllegalArgumentException.class, () -> new Json.JsonParser(text).parse());
    }

    @Test
    void jsonDecodesEscapesAndKeepsNumberText() {
        assertEquals("\u00e9\n/\"", new Json.JsonParser("\"\\u00e9\\n\\/\\\"\"").parse().asString());
        assertEquals("-0.5e+10", new Json.JsonParser(" -0.5e+10 ").parse().toString());
        assertEquals("2", new Json.JsonParser("{\"a\":1,\"a\":2}").parse().asObject().get("a").toString());
    }

    @Test
    void sieveRefusesAWrongCount() {
        assertFalse(new Sieve().verifyResult(668));
    }

    @Test
    void storageRefusesAWrongCount() {
        assertFalse(new Storage().verifyResult(5460));
    }

    @Test
    void towersRefusesAWrongCount() {
        assertFalse(new Towers().verifyResult(-1));
    }
}
