/*
 * The embedding example of README.md, compiled and run, so it cannot rot: the test checks that
 * every line of the README's ```java block is a line of example() below, then runs it.
 */
package dev.kindling.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.flags.Flag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
    private static final Path THIS_FILE = Path.of("api/src/test/java/dev/kindling/api/ReadmeExampleTest.java");

    // ---- the README's example, line for line ----
    static void example() {
        try (Kindling js = Kindling.create(Options.builder().set(Flag.ALLOW_NATIVES_SYNTAX, true).build())) {
            js.evaluate("globalThis.hypot = (a, b) => Math.sqrt(a * a + b * b);");
            System.out.println(js.globalFunction("hypot").call(3, 4));      // 5 (an Integer: int32 results are)
            JsObject lib = (JsObject) js.require(Path.of("examples/counter.js")); // its module.exports
            JsObject counter = (JsObject) lib.getFunction("makeCounter").call(10);
            System.out.println(counter.invoke("add", 2.5));                 // 12.5 (a Double)
            try {
                js.evaluate("null.f();");
            } catch (JsException e) {
                System.out.println(e.getMessage()); // TypeError: Cannot read properties of null (reading 'f')
            }
        }
    }
    // ---- end of the example ----

    @Test
    void readmeExampleIsThisTestsCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n");
        assertTrue(start >= 0, "README.md has a ```java block");
        String block = readme.substring(start + 8, readme.indexOf("```", start + 8));
        List<String> mine = Files.readAllLines(THIS_FILE).stream().map(String::strip).toList();
        int lines = 0;
        for (String line : block.split("\n")) {
            if (!line.isBlank() && !line.startsWith("import ")) {
                assertTrue(mine.contains(line.strip()), "README line not in ReadmeExampleTest.example(): " + line);
                lines++;
            }
        }
        assertTrue(lines >= 10, "the example has its ten lines");
    }

    @Test
    void readmeExamplePrintsWhatItsCommentsSay() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            example();
        } finally {
            System.setOut(saved);
        }
        assertEquals("5\n12.5\nTypeError: Cannot read properties of null (reading 'f')\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
