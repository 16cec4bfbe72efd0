/*
 * Golden dumps of the inline caches, as BytecodeExpectationsTest keeps --print-bytecode:
 * tests/trace-ic/NAME.js with NAME.golden holding its exact --trace-ic output (stdout, the
 * program's own lines included), tests/print-feedback/NAME.js with its --print-feedback
 * output, tests/debug-print/NAME.js with its stdout under --allow-natives-syntax (what
 * %DebugPrint shows), tests/dump-shapes/NAME.js with the Graphviz file --dump-shapes writes, and
 * tests/print-regexp-bytecode/NAME.js with its --print-regexp-bytecode output (the regexp
 * compiler's listing of each pattern, then the program's own lines). A program
 * that ends by an uncaught exception is allowed (the reports are written at exit either way):
 * its golden ends with a line "[exit code 1]".
 *
 * One normalization: shape ids come from one counter per JVM, so they depend on what ran
 * before in the same test run; both sides have every `Shape#N` renumbered in order of first
 * appearance (Shape#1, Shape#2, ...), which keeps the dump's meaning (which lines name the
 * same shape) and makes it stable.
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
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FeedbackGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("kindling.regenerate");
  private static final Pattern SHAPE_ID = Pattern.compile("Shape#(\\d+)");

  @TestFactory
  Stream<DynamicTest> traceIc() throws IOException {
    return goldens("trace-ic", "--trace-ic");
  }

  @TestFactory
  Stream<DynamicTest> printFeedback() throws IOException {
    return goldens("print-feedback", "--print-feedback");
  }

  @TestFactory
  Stream<DynamicTest> debugPrint() throws IOException {
    return goldens("debug-print", "--allow-natives-syntax");
  }

  @TestFactory
  Stream<DynamicTest> dumpShapes() throws IOException {
    return goldens("dump-shapes", "--dump-shapes=");
  }

  @TestFactory
  Stream<DynamicTest> printRegExpBytecode() throws IOException {
    return goldens("print-regexp-bytecode", "--print-regexp-bytecode");
  }

  private static Stream<DynamicTest> goldens(String folder, String flag) throws IOException {
    return TestPaths.programTests(folder, js -> check(js, flag));
  }

  private static void check(Path js, String flag) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path dot = null;
    if (flag.endsWith("=")) {
      dot = Files.createTempFile("kindling-shapes", ".dot");
      flag = flag + dot;
    }
    int exit = Main.run(new String[] {flag, js.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertTrue(exit == 0 || exit == 1, "exit code " + exit + "; stderr: " + err.toString(StandardCharsets.UTF_8));
    String output = out.toString(StandardCharsets.UTF_8);
    if (dot != null) {
      output = Files.readString(dot, StandardCharsets.UTF_8);
      Files.delete(dot);
    }
    String actual = renumberShapes(output) + (exit == 0 ? "" : "[exit code " + exit + "]\n");
    Path golden = js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", ".golden"));
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "missing " + golden + " (run tests/regen-goldens.sh)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /** Every Shape#N renumbered 1, 2, ... in order of first appearance. */
  static String renumberShapes(String text) {
    Map<String, Integer> ids = new HashMap<>();
    Matcher m = SHAPE_ID.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int id = ids.computeIfAbsent(m.group(1), k -> ids.size() + 1);
      m.appendReplacement(sb, "Shape#" + id);
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
