/*
 * One program per deoptimization reason: tests/deopt/NAME.js, where NAME is the reason as V8
 * spells it (DeoptReason's v8Name, lower case, spaces as dashes: not-a-smi.js for "not a Smi"),
 * warms a function up, has it optimized (%OptimizeFunctionOnNextCall) and then feeds it what
 * breaks the optimized code's speculation. Three things are checked:
 *   1. its stdout under --trace-deopt --allow-natives-syntax (the program's own lines and the
 *      bailout lines between them) equals NAME.golden, which holds a bailout with that reason;
 *   2. its stdout without the trace is the interpreter's (--no-opt): a deopt changes no result;
 *   3. every reason in DeoptReason has its program, except the ones the tier cannot produce yet
 *      (NOT_PRODUCED_YET), which must have none — so the list shrinks as the tier grows.
 * A reason may have a second program, osr-NAME.js, whose check fails in OSR code (on-stack
 * replacement): checked the same way, its trace run with --trace-osr too, and its golden must
 * also show the OSR entry.
 * Programs named inlined-*.js pin deopts inside inlined callees (every frame rebuilt, innermost
 * first): they are checked the same way, 1 and 2, whatever their reason.
 * Programs named lazy-*.js pin lazy deopts (V8's deopt-lazy, whose reason is "(unknown)", the
 * table's Unknown): a compilation dependency breaks, the dependent code is marked, and frames of
 * it on the stack leave after their call; checked 1 and 2, their trace holding both lines. One
 * named after a LazyDeoptimizeReason's first words (lazy-field-representation-*.js for
 * "dependent field representation changed") must have its code marked for that reason.
 * A `// flags: ...` line in a program adds flags to every run (for-testing.js:
 * --deopt-every-n-times). The trace is deterministic: offsets, exit ids and positions come from
 * the bytecode; only shape ids depend on what ran before in the JVM, so `Shape#N` is renumbered
 * as FeedbackGoldenTest does.
 *
 * After an intended change, regenerate with tests/regen-goldens.sh and review the diff.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.runtime.LazyDeoptimizeReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DeoptGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");
  private static final Pattern FLAGS = Pattern.compile("^// flags: (.+)$", Pattern.MULTILINE);

  /**
   * The reasons no check of the tier gives today: no program can force them yet. (Empty: every
   * reason has its producer; a reason added to the table without one goes here.)
   */
  private static final Set<DeoptReason> NOT_PRODUCED_YET = EnumSet.noneOf(DeoptReason.class);

  /** The prefix of the programs of lazy deopts (reason Unknown, whose own program they are). */
  private static final String LAZY = "lazy-";

  /** The prefix of a reason's second program, one whose failing check is in OSR code. */
  private static final String OSR_PREFIX = "osr-";

  @Test
  void everyOsrProgramIsOfAReason() throws IOException {
    List<String> reasons = new ArrayList<>();
    for (DeoptReason reason : DeoptReason.values()) {
      reasons.add(OSR_PREFIX + programName(reason) + ".js");
    }
    try (Stream<Path> files = Files.list(dir())) {
      for (String n : files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(OSR_PREFIX)
          && n.endsWith(".js")).toList()) {
        assertTrue(reasons.contains(n), n + " is named osr-REASON.js after a reason of DeoptReason");
      }
    }
  }

  static String programName(DeoptReason reason) {
    return reason.v8Name().toLowerCase().replace(' ', '-');
  }

  /**
   * The part of a lazy-*.js name that says which LazyDeoptimizeReason it pins: the reason's
   * first two words after "dependent", dashed (lazy-field-representation-smi-to-double.js
   * pins "dependent field representation changed"; lazy-prototype-chain-*.js would pin
   * "dependent prototype chain changed").
   */
  static String programName(LazyDeoptimizeReason reason) {
    String[] words = reason.v8Name().replaceFirst("^dependent ", "").split(" ");
    return words[0] + "-" + words[1];
  }

  private static Path dir() {
    return TestPaths.repoRoot().resolve("tests/deopt");
  }

  @TestFactory
  Stream<DynamicTest> deoptPrograms() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (DeoptReason reason : DeoptReason.values()) {
      if (reason == DeoptReason.Unknown) {
        continue; // its programs are lazy-*.js
      }
      for (String prefix : List.of("", OSR_PREFIX)) {
        Path js = dir().resolve(prefix + programName(reason) + ".js");
        if (Files.exists(js)) {
          tests.add(DynamicTest.dynamicTest(js.getFileName() + " trace", js.toUri(), () -> checkTrace(js, reason)));
          tests.add(DynamicTest.dynamicTest(js.getFileName() + " = --no-opt", js.toUri(), () -> checkResults(js)));
        }
      }
    }
    for (Path js : inlinedPrograms()) {
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " trace", js.toUri(), () -> checkTrace(js, null)));
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " = --no-opt", js.toUri(), () -> checkResults(js)));
    }
    for (Path js : programs(LAZY)) {
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " trace", js.toUri(),
          () -> checkTrace(js, DeoptReason.Unknown)));
      tests.add(DynamicTest.dynamicTest(js.getFileName() + " = --no-opt", js.toUri(), () -> checkResults(js)));
    }
    assertFalse(tests.isEmpty(), "no programs in " + dir());
    return tests.stream();
  }

  /** The prefix of the programs of deopts inside inlined callees. */
  private static final String INLINED = "inlined-";

  private static List<Path> inlinedPrograms() throws IOException {
    return programs(INLINED);
  }

  private static List<Path> programs(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".js"))
          .sorted().toList();
    }
  }

  @Test
  void everyReasonTheTierCanProduceHasItsProgram() throws IOException {
    List<String> expected = new ArrayList<>();
    for (DeoptReason reason : DeoptReason.values()) {
      if (!NOT_PRODUCED_YET.contains(reason) && reason != DeoptReason.Unknown) {
        expected.add(programName(reason) + ".js");
      }
    }
    assertFalse(programs(LAZY).isEmpty(), "lazy deopts (reason Unknown) have their lazy-*.js programs");
    List<String> actual;
    try (Stream<Path> files = Files.list(dir())) {
      actual = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js"))
          .filter(n -> !n.startsWith(OSR_PREFIX) && !n.startsWith(INLINED) && !n.startsWith(LAZY)).sorted().toList();
    }
    assertEquals(expected.stream().sorted().toList(), actual,
        "tests/deopt holds one program per reason the tier produces (NOT_PRODUCED_YET lists the others)");
  }

  private static void checkTrace(Path js, DeoptReason reason) throws IOException {
    boolean osr = js.getFileName().toString().startsWith(OSR_PREFIX);
    String actual = FeedbackGoldenTest.renumberShapes(osr ? run(js, "--trace-deopt", "--trace-osr")
        : run(js, "--trace-deopt"));
    Path golden = js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", ".golden"));
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    } else {
      assertTrue(Files.exists(golden), "missing " + golden + " (run tests/regen-goldens.sh)");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
    if (reason == null) {
      assertTrue(actual.contains("interpreter frames, innermost first"), "the program deopts in an inlined callee:\n"
          + actual);
      return;
    }
    if (reason == DeoptReason.Unknown) {
      assertTrue(actual.contains("[marking dependent code ") && actual.contains("[bailout (kind: deopt-lazy, reason: "
          + reason.v8Name() + "):"), "the program marks dependent code and deopts it lazily:\n" + actual);
      String name = js.getFileName().toString();
      for (LazyDeoptimizeReason lazy : LazyDeoptimizeReason.values()) {
        if (name.startsWith(LAZY + programName(lazy))) {
          assertTrue(actual.contains("for deoptimization, reason: " + lazy.v8Name() + "]"),
              "the program's dependent code is marked for \"" + lazy.v8Name() + "\":\n" + actual);
        }
      }
      return;
    }
    assertTrue(actual.contains("[bailout (kind: deopt-eager, reason: " + reason.v8Name() + "):"),
        "the program deopts for \"" + reason.v8Name() + "\":\n" + actual);
    if (osr) {
      assertTrue(actual.contains("[OSR - entry. function: "), "the program enters OSR code:\n" + actual);
    }
  }

  private static void checkResults(Path js) throws IOException {
    assertEquals(run(js, "--no-opt"), run(js), "stdout with the tier and without it (--no-opt)");
  }

  /** stdout of the program under --allow-natives-syntax, its `// flags:` and `extra`. */
  private static String run(Path js, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of(extra));
    args.add("--allow-natives-syntax");
    Matcher m = FLAGS.matcher(Files.readString(js, StandardCharsets.UTF_8));
    if (m.find()) {
      args.addAll(List.of(m.group(1).trim().split("\\s+")));
    }
    args.add(js.toAbsolutePath().normalize().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, "exit code of " + args + "; stderr: " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
