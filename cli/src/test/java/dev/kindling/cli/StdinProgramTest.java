/*
 * A program read from stdin runs as node runs one: `kindling - one two < X.js` prints what
 * `node - one two < X.js` printed (tests/stdin/X.out, X.err normalized as tests/README.md says,
 * X.exit), and `kindling` with no file reads stdin when it is not a terminal. At a terminal,
 * with no file, Kindling says plainly that there is no REPL yet.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StdinProgramTest {
    private static final Path DIR = TestPaths.repoRoot().resolve("tests/stdin");

    /** Exit code, stdout and stderr of `kindling ARGS` with `program` on a stdin that is not a terminal. */
    private static List<String> run(String program, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(program.getBytes(StandardCharsets.UTF_8)), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return List.of(exit + "\n", out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String read(Path js, String extension) throws IOException {
        return Files.readString(js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", extension)),
                StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> eachProgramPrintsWhatNodePrinted() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(DIR)) {
            programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs in " + DIR);
        return programs.stream().map(js -> DynamicTest.dynamicTest(js.getFileName().toString(), js.toUri(), () -> {
            List<String> node = List.of(read(js, ".exit"), read(js, ".out"), read(js, ".err"));
            assertEquals(node, run(Files.readString(js, StandardCharsets.UTF_8), "-", "one", "two"));
        }));
    }

    @Test
    void noFileAndStdinNotATerminalRunsStdin() {
        assertEquals(List.of("0\n", "[stdin] []\n", ""), run("console.log(__filename, process.argv.slice(1));"));
        assertEquals(run("throw new Error('x');", "-"), run("throw new Error('x');"));
    }

    @Test
    void requireResolvesFromTheWorkingDirectory() {
        Path counter = TestPaths.repoRoot().resolve("examples/counter.js");
        String relative = Path.of("").toAbsolutePath().relativize(counter).toString();
        String program = "console.log(typeof require('./" + relative + "').makeCounter);";
        assertEquals(List.of("0\n", "function\n", ""), run(program, "-"));
    }

    @Test
    void noFileAtATerminalStartsTheRepl() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"--no-opt"}, new java.io.ByteArrayInputStream(".exit\n".getBytes(StandardCharsets.UTF_8)),
                true, out, out);
        assertEquals(0, exit);
        assertEquals("Welcome to Kindling 0.1.0.\nType \".help\" for more information.\n> ",
                screen.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }
}
