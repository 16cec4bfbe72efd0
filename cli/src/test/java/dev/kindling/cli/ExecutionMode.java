/*
 * The execution modes every end-to-end program runs in, each with the flags that select it: the
 * one list that JsProgramTest, NativesProgramTest and the differential runner
 * (dev.kindling.cli.difftest) iterate. A program must print the same in every mode.
 *
 * Assumes: the flags are Main's own (parsed by Main.run as `kindling FLAGS file.js` would).
 * Guarantees: the first mode is the reference (interpreter only, inline caches on); adding a
 * mode here adds it to every runner at once.
 */
package dev.kindling.cli;

import java.util.List;

public enum ExecutionMode {
  /** The interpreter alone: the reference every other mode is compared with. */
  INTERPRETER("interpreter", "--no-opt"),
  /** The interpreter with every inline cache off: each property access is a full lookup. */
  NO_IC("no-ic", "--no-opt", "--no-use-ic"),
  /** The engine's defaults: tiering as a user gets it. */
  DEFAULT("default"),
  /** Every function optimized on its second call: the optimized code runs as much as it can. */
  ALWAYS_OPT("always-opt", "--always-opt"),
  /**
   * Stress: every function optimized on its second call, and every 7th check deoptimizes ("for
   * testing"), so deopt exits at every kind of check run and the interpreter resumes from them.
   */
  STRESS("stress", "--always-opt", "--deopt-every-n-times=7"),
  /**
   * On-stack replacement at every loop back edge once the loop has run an iteration: each loop
   * continues in code compiled for its header, entered from the interpreter frame's values there.
   */
  ALWAYS_OSR("always-osr", "--always-osr"),
  /**
   * Inlining stress: every function optimized on its second call with every call the tier can
   * inline inlined, however big or cold (--stress-inline), and every 5th check deoptimizing, so
   * deopts rebuild the frames of inlined callees everywhere.
   */
  STRESS_INLINE("stress-inline", "--always-opt", "--stress-inline", "--deopt-every-n-times=5");

  private final String displayName;
  private final List<String> flags;

  ExecutionMode(String displayName, String... flags) {
    this.displayName = displayName;
    this.flags = List.of(flags);
  }

  /**
   * The modes a run of the suite iterates: all of them, or those named (display names, comma
   * separated) by the system property kindling.tests.modes, e.g. -Dkindling.tests.modes=always-osr.
   */
  public static List<ExecutionMode> selected() {
    String names = System.getProperty("kindling.tests.modes", "");
    if (names.isBlank()) {
      return List.of(values());
    }
    List<String> wanted = List.of(names.split(","));
    return java.util.Arrays.stream(values()).filter(m -> wanted.contains(m.displayName)).toList();
  }

  /** The name test reports show in brackets, e.g. "numbers/x [interpreter]". */
  public String displayName() {
    return displayName;
  }

  /** The flags passed before the program path. */
  public List<String> flags() {
    return flags;
  }
}
