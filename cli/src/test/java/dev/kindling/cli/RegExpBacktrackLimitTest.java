/*
 * --regexp-backtrack-limit (docs/regexp.md): without it a search backtracks as long as it
 * takes, as node's does; with it, a search that backtracks more than N times gives up and
 * reports no match, even where more backtracking would have found one.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegExpBacktrackLimitTest {
  /**
   * The first alternative of the pattern backtracks about 2^n times before it fails; the second
   * then matches. node (and Kindling without a limit) prints true for every n, after seconds for
   * n = 30; under a limit, the small n still match and the large one gives up: false, at once.
   */
  private static final String PROGRAM = """
      const re = /^(a+)+c|a+b$/;
      for (const n of [4, 8, 30]) console.log(n, re.test('a'.repeat(n) + 'b'));
      """;

  @Test
  void aSearchPastTheLimitReportsNoMatchAtOnce() throws IOException {
    assertEquals("4 true\n8 true\n30 false\n",
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("--regexp-backtrack-limit=10000")));
  }

  @Test
  void smallSearchesAreUnaffectedByTheLimit() throws IOException {
    String shortProgram = "const re = /^(a+)+c|a+b$/;\nconsole.log(re.test('a'.repeat(8) + 'b'));\n";
    assertEquals("true\n", run(shortProgram, "--regexp-backtrack-limit=10000"));
    assertEquals("true\n", run(shortProgram, "--regexp-backtrack-limit=0"));
  }

  private static String run(String flag) throws IOException {
    return run(PROGRAM, flag);
  }

  private static String run(String program, String flag) throws IOException {
    Path js = Files.createTempFile("kindling-backtrack", ".js");
    try {
      Files.writeString(js, program, StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit = Main.run(new String[] {flag, js.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      Files.delete(js);
    }
  }
}
