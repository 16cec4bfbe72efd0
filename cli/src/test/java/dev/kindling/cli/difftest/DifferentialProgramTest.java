/*
 * The differential test: generated programs (ProgramGenerator) run in every ExecutionMode, and
 * every mode must print exactly what the interpreter prints. The worst bug an optimizing tier
 * can have is a wrong answer; this is where one shows up first.
 *
 * A fixed batch runs with the build (300 seeds from 1); -Dkindling.difftest.count=N and
 * -Dkindling.difftest.seed=S choose another (tests/difftest.sh COUNT [SEED] runs thousands).
 * Each seed is one test. It fails when the interpreter itself does not run the program cleanly
 * (exit 0, empty stderr: anything else is a generator bug or an interpreter bug) or when another
 * mode's exit code, stdout or stderr differs; the message names the seed, the program file
 * (target/difftest/seed-N.js, kept only for a failing seed) and the first differing lines.
 * -Dkindling.difftest.keep=true keeps every program and writes the reference mode's stdout
 * beside it as seed-N.out, for comparing with node by hand (tests/difftest.sh --node).
 *
 * Assumes: Main.run is called by one test at a time, as JsProgramTest does (the engine is not
 * promised to be safe to run concurrently). Guarantees: a divergence is reported with enough to
 * reproduce it by hand: `./kindling FLAGS target/difftest/seed-N.js`; a found divergence becomes
 * tests/js/difftest/seed-N.js with node's output (tests/README.md).
 */
package dev.kindling.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kindling.cli.ExecutionMode;
import dev.kindling.cli.InProcessRunner;
import dev.kindling.cli.InProcessRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DifferentialProgramTest {
  private static final int COUNT = Integer.getInteger("kindling.difftest.count", 300);
  private static final long FIRST_SEED = Long.getLong("kindling.difftest.seed", 1L);
  private static final Path DIR = Path.of(System.getProperty("kindling.difftest.dir", "target/difftest"));
  /** Keep every program and write the reference mode's stdout beside it (tests/difftest.sh --node). */
  private static final boolean KEEP = Boolean.getBoolean("kindling.difftest.keep");
  private static final ExecutionMode REFERENCE = ExecutionMode.values()[0];

  @TestFactory
  Stream<DynamicTest> generatedPrograms() throws IOException {
    Files.createDirectories(DIR);
    return LongStream.range(FIRST_SEED, FIRST_SEED + COUNT)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) throws IOException {
    Path program = DIR.resolve("seed-" + seed + ".js");
    Files.writeString(program, ProgramGenerator.generate(seed), StandardCharsets.UTF_8);
    Result reference = InProcessRunner.run(program, REFERENCE, List.of());
    if (reference.exitCode() != 0 || !reference.stderr().isEmpty()) {
      fail("seed " + seed + ": " + program.toAbsolutePath() + " does not run cleanly in the "
          + REFERENCE.displayName() + " mode " + REFERENCE.flags() + " (a generator bug or an interpreter bug):"
          + " exit " + reference.exitCode() + ", stderr:\n" + reference.stderr());
    }
    for (ExecutionMode mode : ExecutionMode.values()) {
      if (mode == REFERENCE) continue;
      Result r = InProcessRunner.run(program, mode, List.of());
      String divergence = firstDivergence(reference, r);
      if (divergence != null) {
        fail("seed " + seed + ": " + program.toAbsolutePath() + " prints differently in the " + mode.displayName()
            + " mode " + mode.flags() + " than in the " + REFERENCE.displayName() + " mode " + REFERENCE.flags()
            + ":\n" + divergence);
      }
    }
    if (KEEP) {
      Files.writeString(DIR.resolve("seed-" + seed + ".out"), reference.stdout(), StandardCharsets.UTF_8);
    } else {
      Files.delete(program);
    }
  }

  @Test
  void aDivergenceIsShownAsTheFirstDifferingLinesWithContext() {
    Result interpreter = new Result(0, "a\nb\nc\nd\n", "");
    assertNull(firstDivergence(interpreter, new Result(0, "a\nb\nc\nd\n", "")));
    assertEquals("stdout, first difference at line 3:\n  a\n  b\n- c\n- d\n- \n+ C\n+ d\n+ \n",
        firstDivergence(interpreter, new Result(0, "a\nb\nC\nd\n", "")));
    assertEquals("exit code 0 vs 1; stderr:\nTypeError: x\nstdout, first difference at line 2:\n  a\n- b\n- c\n- d\n+ \n",
        firstDivergence(interpreter, new Result(1, "a\n", "TypeError: x\n")));
    assertEquals("stderr, first difference at line 1:\n- \n+ warning\n",
        firstDivergence(interpreter, new Result(0, "a\nb\nc\nd\n", "warning")));
  }

  /** Null when the two runs agree; else the first difference, as a few lines of each side. */
  static String firstDivergence(Result expected, Result actual) {
    if (expected.exitCode() != actual.exitCode()) {
      return "exit code " + expected.exitCode() + " vs " + actual.exitCode() + "; stderr:\n" + actual.stderr()
          + firstDivergence("stdout", expected.stdout(), actual.stdout());
    }
    String out = firstDivergence("stdout", expected.stdout(), actual.stdout());
    return out != null ? out : firstDivergence("stderr", expected.stderr(), actual.stderr());
  }

  /** The first differing line of two texts, with two lines of context, as `- expected` / `+ actual`. */
  static String firstDivergence(String stream, String expected, String actual) {
    if (expected.equals(actual)) return null;
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int line = 0;
    while (line < e.length && line < a.length && e[line].equals(a[line])) line++;
    StringBuilder sb = new StringBuilder(stream + ", first difference at line " + (line + 1) + ":\n");
    for (int k = Math.max(0, line - 2); k < line; k++) sb.append("  ").append(e[k]).append('\n');
    for (int k = line; k < Math.min(e.length, line + 3); k++) sb.append("- ").append(e[k]).append('\n');
    for (int k = line; k < Math.min(a.length, line + 3); k++) sb.append("+ ").append(a[k]).append('\n');
    return sb.toString();
  }
}
