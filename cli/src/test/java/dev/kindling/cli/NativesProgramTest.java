/*
 * JS programs that watch the engine through V8's natives syntax: every tests/natives/NAME.js
 * runs with --allow-natives-syntax, in each of JsProgramTest's modes, and its stdout must equal
 * NAME.out. The .out files are written by hand (node cannot produce Kindling's shapes), so the
 * programs print only facts that are the same in every engine that has hidden classes and
 * inline caches: booleans from %HaveSameMap / %HasFastProperties, IC states and hints from
 * %GetFeedback — never shape ids.
 *
 * Three conventions:
 *   - ic-*.js assert inline-cache states and counts, which --no-use-ic leaves uninitialized by
 *     design and which optimized code no longer updates (the interpreter gathers feedback;
 *     code compiled from it reads it): they run only where the interpreter runs every call —
 *     they skip the no-ic mode and the --always-opt modes. Every other program must print the
 *     same in all modes, but:
 *   - tier-*.js drive the optimizing tier by hand (%OptimizeFunctionOnNextCall,
 *     %GetOptimizationStatus ...), which --no-opt leaves out: in the --no-opt modes their stdout
 *     must equal NAME.no-opt.out instead; they skip the --always-opt and --always-osr modes,
 *     which decide themselves when to optimize. Where node has the natives used, both files equal what
 *     `node --allow-natives-syntax [--no-opt] NAME.js` prints (checked when written).
 *     (optimized-*.js only use the natives to have a function optimized and print results: they
 *     run in every mode, and their .out is node's.)
 *   - NAME.err next to a program means it must fail: exit code 1 and stderr (normalized as
 *     JsProgramTest does) equal to NAME.err — for misuse of natives, checked against node's
 *     wording.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
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
      for (ExecutionMode mode : ExecutionMode.selected()) {
        if (name.startsWith("ic-") && (mode.flags().contains("--no-use-ic") || mode.flags().contains("--always-opt"))) {
          continue;
        }
        if (name.startsWith("tier-") && (mode.flags().contains("--always-opt")
            || mode.flags().contains("--always-osr"))) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(name + " [" + mode.displayName() + "]", js.toUri(), () -> check(js, mode)));
      }
    }
    return tests.stream();
  }

  private static void check(Path js, ExecutionMode mode) throws IOException {
    InProcessRunner.Result r = InProcessRunner.run(js, mode, List.of("--allow-natives-syntax"));
    int exit = r.exitCode();
    String stdout = r.stdout();
    String stderr = r.stderr();
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
