/*
 * Writes generated programs to a folder, seed-N.js each: what tests/difftest.sh --node runs with
 * node and with Kindling to check the generator (and the interpreter) against node.
 *
 * Usage: java -cp cli/target/test-classes dev.kindling.cli.difftest.WritePrograms DIR COUNT [SEED]
 */
package dev.kindling.cli.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public final class WritePrograms {
  private WritePrograms() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Files.createDirectories(dir);
    for (long seed = first; seed < first + count; seed++) {
      Files.writeString(dir.resolve("seed-" + seed + ".js"), ProgramGenerator.generate(seed), StandardCharsets.UTF_8);
    }
  }
}
