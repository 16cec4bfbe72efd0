/*
 * Golden traces of the event loop: tests/trace-event-loop/NAME.js with NAME.golden holding its
 * exact stdout under --trace-event-loop (the program's own lines between the loop's), and
 * tests/trace-promises/NAME.js with its stdout under --trace-promises. Each program's plain
 * stdout must also be node's, in NAME.out (written by tests/regen-expected.sh), so a trace
 * never shows an order node does not have.
 *
 * One normalization: a thread-pool line's worker and duration (`worker 3 finished fs.readFile
 * in 0.21 ms`) depend on the machine, so both become `worker W ... in T ms`.
 *
 * After an intended change, regenerate with tests/regen-goldens.sh (this test with
 * -Dkindling.regenerate=true) and review the diff.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class LoopTraceGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");
  private static final Pattern COMPLETION = Pattern.compile("worker \\d+ finished (\\S+) in [0-9.]+ ms");

  @TestFactory
  Stream<DynamicTest> traceEventLoop() throws IOException {
    return goldens("trace-event-loop", "--trace-event-loop");
  }

  @TestFactory
  Stream<DynamicTest> tracePromises() throws IOException {
    return goldens("trace-promises", "--trace-promises");
  }

  private static Stream<DynamicTest> goldens(String folder, String flag) throws IOException {
    return TestPaths.programTests(folder, js -> check(js, flag));
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, "exit code; stderr: " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void check(Path js, String flag) throws IOException {
    String base = js.getFileName().toString().replaceAll("\\.js$", "");
    Path expectedOut = js.resolveSibling(base + ".out");
    assertTrue(Files.exists(expectedOut), "missing " + expectedOut + " (run tests/regen-expected.sh)");
    assertEquals(Files.readString(expectedOut, StandardCharsets.UTF_8), run(js.toString()), "plain stdout (node's)");

    String actual = COMPLETION.matcher(run(flag, js.toString())).replaceAll("worker W finished $1 in T ms");
    Path golden = js.resolveSibling(base + ".golden");
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "missing " + golden + " (run tests/regen-goldens.sh)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
