/*
 * The end-to-end corpus: every JS program under tests/js and tests/errors, run in-process in
 * every execution mode and compared with the output node produced for it (see the class
 * comment for the exact rules).
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kindling.cli.InProcessRunner.Result;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end corpus: every {@code tests/js/<topic>/<name>.js} and {@code tests/errors/<name>.js}
 * runs in-process through {@link Main#run(String[], PrintStream, PrintStream)} once per {@link
 * ExecutionMode}, and its output is compared with the node-generated expectations next to it.
 *
 * <ul>
 *   <li>{@code tests/js}: exit code 0 and stdout exactly equal to {@code <name>.out}
 *       (stderr is not compared).
 *   <li>{@code tests/errors}: exit code 1, stdout equal to {@code <name>.out}, and stderr, after the
 *       same normalization {@code tests/regen-expected.sh} applies to node's stderr, equal to
 *       {@code <name>.err}.
 * </ul>
 *
 * <p>Expected files are regenerated with {@code tests/regen-expected.sh}; this test never calls node.
 *
 * <p>System properties: {@code kindling.root} (repo root, set by cli/pom.xml), {@code
 * kindling.tests.filter} (only run programs whose "topic/name" contains this substring), {@code
 * kindling.tests.timeoutSeconds} (per program and mode, default 60).
 */
class JsProgramTest {

  /** Stack lines pointing into node internals, e.g. "    at Module._compile (node:internal/...)". */
  private static final Pattern NODE_INTERNAL_FRAME = Pattern.compile("^\\s+at (.*\\()?node:.*$");

  /** The trailing blank line + "Node.js v20.x.y" footer node prints after an uncaught error. */
  private static final Pattern NODE_FOOTER = Pattern.compile("\n\nNode\\.js v\\d+\\.\\d+\\.\\d+\n$");

  @TestFactory
  Stream<DynamicNode> programs() throws IOException {
    Path tests = repoRoot().resolve("tests");
    String filter = System.getProperty("kindling.tests.filter", "");
    List<DynamicNode> nodes = new ArrayList<>();

    // tests/js/<topic>/<name>.js, grouped by topic.
    Map<String, List<Path>> byTopic = new TreeMap<>();
    for (Path p : listJs(tests.resolve("js"), Integer.MAX_VALUE)) {
      Path rel = tests.resolve("js").relativize(p);
      String topic = rel.getParent() == null ? "" : slashes(rel.getParent());
      byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<Path>> e : byTopic.entrySet()) {
      List<DynamicNode> tests1 = new ArrayList<>();
      for (Path p : e.getValue()) {
        String id = (e.getKey().isEmpty() ? "" : e.getKey() + "/") + baseName(p);
        if (!id.contains(filter)) continue;
        for (ExecutionMode mode : ExecutionMode.selected()) {
          tests1.add(
              DynamicTest.dynamicTest(
                  id + " [" + mode.displayName() + "]", p.toUri(), () -> checkProgram(p, mode)));
        }
      }
      if (!tests1.isEmpty()) {
        nodes.add(DynamicContainer.dynamicContainer(e.getKey(), tests1.stream()));
      }
    }

    // tests/errors/<name>.js
    List<DynamicNode> errorTests = new ArrayList<>();
    for (Path p : listJs(tests.resolve("errors"), 1)) {
      String id = "errors/" + baseName(p);
      if (!id.contains(filter)) continue;
      for (ExecutionMode mode : ExecutionMode.selected()) {
        errorTests.add(
            DynamicTest.dynamicTest(
                id + " [" + mode.displayName() + "]", p.toUri(), () -> checkErrorProgram(p, mode)));
      }
    }
    if (!errorTests.isEmpty()) {
      nodes.add(DynamicContainer.dynamicContainer("errors", errorTests.stream()));
    }

    if (nodes.isEmpty() && filter.isEmpty()) {
      fail("no test programs found under " + tests);
    }
    return nodes.stream();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A program's `// tz: ZONE` line: the local time zone it runs in, as `--tz=ZONE` here and as
   * `TZ=ZONE node` in tests/regen-expected.sh, so a Date test never depends on the machine's zone.
   */
  private static final Pattern TIME_ZONE = Pattern.compile("^// tz: (\\S+)$", Pattern.MULTILINE);

  /** The flags a program's directives ask for. */
  static List<String> directiveFlags(Path program) {
    try {
      Matcher m = TIME_ZONE.matcher(Files.readString(program, StandardCharsets.UTF_8));
      return m.find() ? List.of("--tz=" + m.group(1)) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkProgram(Path program, ExecutionMode mode) {
    String expectedOut = readExpected(sibling(program, ".out"));
    Result r = InProcessRunner.run(program, mode, directiveFlags(program));
    assertAll(
        () ->
            assertEquals(
                0, r.exitCode(), "exit code (stderr was:\n" + r.stderr() + ")"),
        () -> assertEquals(expectedOut, r.stdout(), "stdout"));
  }

  private static void checkErrorProgram(Path program, ExecutionMode mode) {
    String expectedOut = readExpected(sibling(program, ".out"));
    String expectedErr = readExpected(sibling(program, ".err"));
    Result r = InProcessRunner.run(program, mode, directiveFlags(program));
    String actualErr = normalizeStderr(r.stderr(), program);
    assertAll(
        () -> assertEquals(1, r.exitCode(), "exit code (stderr was:\n" + r.stderr() + ")"),
        () -> assertEquals(expectedOut, r.stdout(), "stdout"),
        () -> assertEquals(expectedErr, actualErr, "normalized stderr"));
  }

  /**
   * The normalization of tests/regen-expected.sh: drop the program's directory prefix (so
   * "/abs/tests/errors/x.js:3" becomes "x.js:3", also inside "at f (...)" frames), drop stack lines
   * pointing into node internals, drop the trailing blank line + "Node.js vX.Y.Z" footer.
   */
  static String normalizeStderr(String stderr, Path program) {
    String s = stderr;
    for (String dir : directoryPrefixes(program)) {
      s = s.replace(dir, "");
    }
    s =
        Stream.of(s.split("\n", -1))
            .filter(line -> !NODE_INTERNAL_FRAME.matcher(line).matches())
            .collect(Collectors.joining("\n"));
    Matcher m = NODE_FOOTER.matcher(s);
    if (m.find()) {
      s = s.substring(0, m.start()) + "\n";
    }
    return s;
  }

  private static List<String> directoryPrefixes(Path program) {
    List<String> prefixes = new ArrayList<>();
    Path abs = program.toAbsolutePath().normalize().getParent();
    prefixes.add(abs.toString() + File.separator);
    try {
      String real = program.toRealPath().getParent().toString() + File.separator;
      if (!prefixes.contains(real)) prefixes.add(real);
    } catch (IOException ignored) {
      // keep the absolute form only
    }
    // Longest first, so a prefix of another prefix cannot leave a fragment behind.
    prefixes.sort((a, b) -> b.length() - a.length());
    return prefixes;
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Path> listJs(Path dir, int depth) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".js"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Path sibling(Path program, String extension) {
    return program.resolveSibling(baseName(program) + extension);
  }

  private static String baseName(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".js") ? n.substring(0, n.length() - 3) : n;
  }

  private static String slashes(Path rel) {
    List<String> parts = new ArrayList<>();
    for (Path part : rel) parts.add(part.toString());
    return String.join("/", parts);
  }

  private static String readExpected(Path file) {
    if (!Files.isRegularFile(file)) {
      fail("missing expected file " + file + " (run tests/regen-expected.sh)");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** kindling.root (set by cli/pom.xml), else the nearest ancestor of the cwd holding tests/js. */
  static Path repoRoot() {
    String prop = System.getProperty("kindling.root");
    if (prop != null && !prop.isBlank()) {
      Path root = Paths.get(prop).toAbsolutePath().normalize();
      if (Files.isDirectory(root.resolve("tests/js"))) return root;
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("tests/js"))) return p;
    }
    throw new IllegalStateException(
        "cannot find the repository root (a folder containing tests/js); set -Dkindling.root");
  }
}
