/*
 * Golden dumps of the optimizing tier, as BytecodeExpectationsTest keeps --print-bytecode:
 * tests/ir/NAME.js holds a small function (the one its `// filter: NAME` line names, else
 * `test`) that the program has optimized with %OptimizeFunctionOnNextCall; NAME.ir.golden is
 * its stdout under --print-ir (the IR after each phase, between the program's own lines) and
 * NAME.jvm.golden its stdout under --print-jvm-bytecode (ASM's Textifier listing of the
 * generated class).
 *
 * Two normalizations. The JVM listing's `// compiled from:` line names the program by its
 * absolute path, which depends on where the repository is: the program's directory is removed
 * from it (as JsProgramTest does to stderr). Shape ids (CheckMaps [Shape#N]) come from one
 * counter per JVM: `Shape#N` is renumbered in order of appearance, as FeedbackGoldenTest does.
 * Nothing else varies from run to run: the class is listed before it is defined, so its name
 * carries no hidden-class suffix, and the IR names a constant function by its name, not its
 * identity hash.
 *
 * After an intended change, regenerate with tests/regen-goldens.sh and review the diff.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class IrGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");
  private static final Pattern FILTER = Pattern.compile("^// filter: (\\S+)$", Pattern.MULTILINE);
  /** A `// flags: ...` line adds flags to the run (call.js: --no-turbo-inlining). */
  private static final Pattern FLAGS = Pattern.compile("^// flags: (.+)$", Pattern.MULTILINE);

  @TestFactory
  Stream<DynamicTest> irGoldens() throws IOException {
    Path dir = TestPaths.repoRoot().resolve("tests/ir");
    List<Path> programs;
    try (Stream<Path> files = Files.list(dir)) {
      programs = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertFalse(programs.isEmpty(), "no programs in " + dir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path js : programs) {
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " --print-ir", js.toUri(),
          () -> check(js, "ir", "--- IR for ")));
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " --print-jvm-bytecode", js.toUri(),
          () -> check(js, "jvm", "--- JVM bytecode for ")));
    }
    return tests.stream();
  }

  private static void check(Path js, String dump, String header) throws IOException {
    Matcher m = FILTER.matcher(Files.readString(js, StandardCharsets.UTF_8));
    String filter = m.find() ? m.group(1) : "test";
    String flag = dump.equals("ir") ? "--print-ir" : "--print-jvm-bytecode";
    Path program = js.toAbsolutePath().normalize();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--allow-natives-syntax", flag, flag + "-filter=" + filter));
    Matcher flags = FLAGS.matcher(Files.readString(js, StandardCharsets.UTF_8));
    if (flags.find()) {
      args.addAll(List.of(flags.group(1).trim().split("\\s+")));
    }
    args.add(program.toString());
    int exit = Main.run(args.toArray(new String[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, "exit code; stderr: " + err.toString(StandardCharsets.UTF_8));
    String actual = FeedbackGoldenTest.renumberShapes(
        out.toString(StandardCharsets.UTF_8).replace(program.getParent() + "/", ""));
    assertTrue(actual.contains(header + filter), filter + " was optimized and dumped:\n" + actual);
    Path golden = js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", "." + dump + ".golden"));
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "missing " + golden + " (run tests/regen-goldens.sh)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /**
   * --print-ir=dot:DIR writes the same phases as Graphviz files, one per phase, named
   * FUNCTION-N-PHASE.dot (N counts the compiles), and prints no IR text; the text dump lists the phases to expect.
   */
  @Test
  void printIrDotWritesOneGraphvizFilePerPhase(@TempDir Path dir) throws IOException {
    Path program = TestPaths.repoRoot().resolve("tests/ir/int-loop.js").toAbsolutePath().normalize();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--allow-natives-syntax", "--print-ir=dot:" + dir, "--print-ir-filter=sumTo",
        program.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, exit);
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("--- IR for "), "no text dump under dot:");
    List<String> phases = new ArrayList<>();
    Matcher m = Pattern.compile("^--- IR for sumTo after (\\S+) ---$", Pattern.MULTILINE)
        .matcher(Files.readString(program.resolveSibling("int-loop.ir.golden"), StandardCharsets.UTF_8));
    while (m.find()) {
      phases.add(m.group(1));
    }
    assertFalse(phases.isEmpty());
    List<String> written;
    try (Stream<Path> files = Files.list(dir)) {
      written = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(phases.stream().sorted().toList(),
        written.stream().map(f -> f.replaceAll("^sumTo-\\d+-(.*)\\.dot$", "$1")).sorted().toList(), written.toString());
    for (String file : written) {
      assertTrue(Files.readString(dir.resolve(file), StandardCharsets.UTF_8).startsWith("digraph"), file);
    }
  }
}
