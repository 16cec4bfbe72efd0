/*
 * The engine bits of %GetOptimizationStatus, which depend on flags and so on no one program's
 * output (tests/natives runs each program in fixed modes): with f undefined the status is those
 * bits alone, as in V8 — kNeverOptimize (2) under --no-opt, kAlwaysOptimize (4) under
 * --always-opt, kMaybeDeopted (8) under --deopt-every-n-times, none by default (node 20 prints
 * the same numbers, with --always-turbofan for --always-opt).
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizationStatusFlagsTest {
  @Test
  void theEngineBitsFollowTheFlags() throws IOException {
    assertEquals("0\n", status());
    assertEquals("2\n", status("--no-opt"));
    assertEquals("4\n", status("--always-opt"));
    assertEquals("8\n", status("--deopt-every-n-times=5"));
    assertEquals("12\n", status("--always-opt", "--deopt-every-n-times=1"));
  }

  private static String status(String... flags) throws IOException {
    Path js = Files.createTempFile("status", ".js");
    Files.writeString(js, "console.log(%GetOptimizationStatus(undefined));\n");
    List<String> args = new ArrayList<>(List.of(flags));
    args.add("--allow-natives-syntax");
    args.add(js.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Files.delete(js);
    assertEquals(0, exit, "exit code; stderr: " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
