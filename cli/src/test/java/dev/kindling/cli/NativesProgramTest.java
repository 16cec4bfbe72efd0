/*
 * JS programs that watch the engine through V8's natives syntax: every tests/natives/NAME.js
 * runs with --allow-natives-syntax, in each of JsProgramTest's modes, and its stdout must equal
 * NAME.out. The .out files are written by hand (node cannot produce Kindling's shapes), so the
 * programs print only facts that are the same in every engine that has hidden classes and
 * inline caches: booleans from %HaveSameMap / %HasFastProperties, IC states and hints from
 * %GetFeedback — never shape ids.
 *
 * Three conventions:
 *   - ic-*.js assert inline-cache states, which --no-use-ic leaves uninitialized by design; they
 *     skip the no-ic mode. Every other program must print the same in all modes.
 *   - tier-*.js drive the optimizing tier (%OptimizeFunctionOnNextCall, %GetOptimizationStatus
 *     ...), which --no-opt leaves out: in the --no-opt modes their stdout must equal
 *     NAME.no-opt.out instead. Where node has the natives used, both files equal what
 *     `node --allow-natives-syntax [--no-opt] NAME.js` prints (checked when written).
 *   - NAME.err next to a program means it must fail: exit code 1 and stderr (normalized as
 *     JsProgramTest does) equal to NAME.err — for misuse of natives, checked against node's
 *     wording.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NativesProgramTest {

  @TestFactory
  Stream<DynamicTest> nativesPrograms() throws IOException {
    Path dir = TestPaths.repoRoot().resolve("tests/natives");
    List<Path> programs;
    try (Stream<Path> files = Files.list(dir)) {
      programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertFalse(programs.isEmpty(), "no programs in " + dir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path js : programs) {
      String name = js.getFileName().toString();
      for (JsProgramTest.Mode mode : JsProgramTest.MODES) {
        if (name.startsWith("ic-") && mode.flags().contains("--no-use-ic")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(name + " [" + mode.name() + "]", js.toUri(), () -> check(js, mode)));
      }
    }
    return tests.stream();
  }

  private static void check(Path js, JsProgramTest.Mode mode) throws IOException {
    List<String> args = new ArrayList<>(mode.flags());
    args.add("--allow-natives-syntax");
    args.add(js.toAbsolutePath().normalize().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    Path expectedErr = sibling(js, ".err");
    if (Files.exists(expectedErr)) {
      assertEquals(1, exit, "exit code; stderr: " + stderr);
      assertEquals(Files.readString(expectedErr, StandardCharsets.UTF_8),
          JsProgramTest.normalizeStderr(stderr, js), "normalized stderr");
    } else {
      assertEquals(0, exit, "exit code; stderr: " + stderr);
    }
    String name = js.getFileName().toString();
    assertFalse(name.startsWith("tier-") && !Files.exists(sibling(js, ".no-opt.out")), name + " needs a .no-opt.out");
    Path expectedOut = sibling(js, ".out");
    if (mode.flags().contains("--no-opt") && Files.exists(sibling(js, ".no-opt.out"))) {
      expectedOut = sibling(js, ".no-opt.out");
    }
    assertEquals(Files.readString(expectedOut, StandardCharsets.UTF_8), stdout, "stdout");
  }

  private static Path sibling(Path js, String extension) {
    return js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", extension));
  }
}
