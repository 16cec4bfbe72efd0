/*
 * Runs one program in one execution mode, in-process, through Main.run — the way every
 * end-to-end test drives the engine (JsProgramTest, NativesProgramTest, the differential runner).
 *
 * Assumes: Main.run starts a fresh engine per call and keeps no state between calls.
 * Guarantees: the exit code, stdout and stderr exactly as the engine wrote them; a hang becomes
 * an AssertionError after the timeout (kindling.tests.timeoutSeconds, default 60), and a Java
 * exception escaping Main.run becomes an AssertionError carrying what the program had printed.
 */
package dev.kindling.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class InProcessRunner {
  private InProcessRunner() {}

  private static final long TIMEOUT_SECONDS = Long.getLong("kindling.tests.timeoutSeconds", 60L);

  /** What one run produced. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Runs `kindling MODE-FLAGS EXTRA-FLAGS program`. */
  public static Result run(Path program, ExecutionMode mode, List<String> extraFlags) {
    List<String> args = new ArrayList<>(mode.flags());
    args.addAll(extraFlags);
    args.add(program.toAbsolutePath().normalize().toString());
    String[] argv = args.toArray(new String[0]);

    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    // A fresh thread, so a hang becomes a timeout, not a stuck build.
    int[] exit = {Integer.MIN_VALUE};
    Throwable[] crash = {null};
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                exit[0] = Main.run(argv, out, err);
              } catch (Throwable e) {
                crash[0] = e;
              }
            },
            "kindling-js-test",
            0L /* JVM default stack size: -Xss from cli/pom.xml's surefire argLine */);
    t.setDaemon(true);
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while running " + program);
    }
    if (t.isAlive()) {
      t.interrupt();
      fail(
          "timed out after "
              + TIMEOUT_SECONDS
              + "s: "
              + String.join(" ", argv)
              + "\nstdout so far:\n"
              + outBytes.toString(StandardCharsets.UTF_8));
    }
    out.flush();
    err.flush();
    String stdout = outBytes.toString(StandardCharsets.UTF_8);
    String stderr = errBytes.toString(StandardCharsets.UTF_8);
    if (crash[0] != null) {
      throw new AssertionError(
          "Main.run threw instead of returning an exit code\nstdout:\n"
              + stdout
              + "\nstderr:\n"
              + stderr,
          crash[0]);
    }
    return new Result(exit[0], stdout, stderr);
  }
}
